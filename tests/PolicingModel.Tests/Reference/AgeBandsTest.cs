using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class AgeBandsTest
{
    [Theory]
    [InlineData(9, AgeBand.Under10)]
    [InlineData(10, AgeBand.From10To17)]
    [InlineData(17, AgeBand.From10To17)]
    [InlineData(18, AgeBand.From18To20)]
    [InlineData(20, AgeBand.From18To20)]
    [InlineData(21, AgeBand.From21To24)]
    [InlineData(24, AgeBand.From21To24)]
    [InlineData(25, AgeBand.From25To29)]
    [InlineData(29, AgeBand.From25To29)]
    [InlineData(30, AgeBand.From30To39)]
    [InlineData(39, AgeBand.From30To39)]
    [InlineData(40, AgeBand.From40To49)]
    [InlineData(49, AgeBand.From40To49)]
    [InlineData(50, AgeBand.From50)]
    [InlineData(120, AgeBand.From50)]
    public void Exact_ages_fall_in_the_home_office_bands(int years, AgeBand band)
    {
        AgeBands.Of(Age.Exactly(years)).Should().Be(band);
    }

    [Fact]
    public void Ranges_get_a_band_only_when_they_fit_in_one()
    {
        AgeBands.Of(Age.Juvenile).Should().Be(AgeBand.From10To17);
        AgeBands.Of(Age.Between(18, 24)).Should().Be(AgeBand.Unknown);
        AgeBands.Of(Age.Unknown).Should().Be(AgeBand.Unknown);
    }

    [Fact]
    public void Bands_tile_every_age_without_gaps()
    {
        int next = 0;
        foreach (AgeBand band in Enum.GetValues<AgeBand>().Where(b => b != AgeBand.Unknown))
        {
            (int min, int max) = AgeBands.RangeOf(band);
            min.Should().Be(next, band.ToString());
            next = max + 1;
        }
        next.Should().Be(Age.MaxYears + 1);
        Action act = () => AgeBands.RangeOf(AgeBand.Unknown);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
