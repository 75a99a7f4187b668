using CsCheck;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Serialization;

/// <summary>Any valid record graph -> JSON -> an equal graph, and the JSON is stable (writing it again gives the same bytes).</summary>
public sealed class RoundTripPropertyTest
{
    private static void RoundTrips<T>(T value)
        where T : notnull
    {
        byte[] json = PolicingJson.Write(value);
        T back = PolicingJson.Read<T>(json);
        if (!EqualityComparer<T>.Default.Equals(back, value))
        {
            throw new InvalidOperationException("Round trip changed the value: " + System.Text.Encoding.UTF8.GetString(json));
        }
        PolicingJson.Write(back).Should().Equal(json);
    }

    [Fact]
    public void Arrests_round_trip() => ModelGenerators.Arrest.Sample(RoundTrips, iter: 300);

    [Fact]
    public void Seizures_round_trip() => ModelGenerators.Seizure.Sample(RoundTrips, iter: 300);

    [Fact]
    public void Documents_round_trip() => ModelGenerators.Document.Sample(document =>
    {
        byte[] json = PolicingJson.WriteToUtf8Bytes(document);
        PolicingJson.ReadDocument(json).Should().Be(document);
    }, iter: 60);
}
