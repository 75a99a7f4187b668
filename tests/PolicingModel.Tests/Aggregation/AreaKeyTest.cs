using PolicingModel.Aggregation;

namespace PolicingModel.Tests.Aggregation;

public sealed class AreaKeyTest
{
    [Fact]
    public void Borough_when_known_else_force_area_else_unknown()
    {
        AreaKey.Of(Place.InLondon("South Norwood", LondonBorough.Croydon)).Should().Be(AreaKey.Of(LondonBorough.Croydon));
        AreaKey.Of(Place.InBorough(LondonBorough.Lambeth)).Borough.Should().Be(LondonBorough.Lambeth);
        AreaKey.Of(Place.InLocality("Chatham", PoliceForce.Kent)).Should().Be(AreaKey.Of(PoliceForce.Kent));
        AreaKey.Of(Place.InForceArea(PoliceForce.Metropolitan)).ForceArea.Should().Be(PoliceForce.Metropolitan);
        AreaKey.Of((Place?)null).Should().Be(AreaKey.Unknown);
        default(AreaKey).IsUnknown.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, "unknown")]
    [InlineData(1, "borough:CityOfLondon")]
    [InlineData(8, "borough:Croydon")]
    [InlineData(33, "borough:Westminster")]
    [InlineData(34, "force:AvonAndSomerset")]
    [InlineData(38, "force:CityOfLondon")]
    [InlineData(79, "force:MinistryOfDefencePolice")]
    public void Dense_indexes_are_documented(int index, string text)
    {
        AreaKey key = AreaKey.FromIndex(index);
        key.Index.Should().Be(index);
        key.ToString().Should().Be(text);
    }

    [Fact]
    public void Every_index_is_a_distinct_key_and_out_of_range_is_rejected()
    {
        Enumerable.Range(0, AreaKey.Count).Select(AreaKey.FromIndex).Distinct().Should().HaveCount(80);
        Func<AreaKey> act = () => AreaKey.FromIndex(AreaKey.Count);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        Func<AreaKey> unset = () => AreaKey.Of((PoliceForce)0);
        unset.Should().Throw<ArgumentOutOfRangeException>();
    }
}
