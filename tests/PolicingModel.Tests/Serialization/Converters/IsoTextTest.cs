using System.Text;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Tests.Serialization;

/// <summary>ISO text: the fast path for the common UTC shape and NodaTime's pattern for the rest must agree on every RFC 3339 instant, and refuse the same things.</summary>
public sealed class IsoTextTest
{
    [Theory]
    [InlineData("2020-10-29T05:00:00Z", "2020-10-29T05:00:00Z")]
    [InlineData("2020-10-29T05:00:00.5Z", "2020-10-29T05:00:00.5Z")]
    [InlineData("2020-10-29T05:00:00.123456789Z", "2020-10-29T05:00:00.123456789Z")]
    [InlineData("2020-10-29t05:00:00z", "2020-10-29T05:00:00Z")]
    [InlineData("2020-10-29T06:00:00+01:00", "2020-10-29T05:00:00Z")]
    [InlineData("2020-10-29T00:30:00.25-04:30", "2020-10-29T05:00:00.25Z")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z")]
    public void Instants_in_any_RFC_3339_form_read_as_the_same_moment(string text, string utc)
    {
        IsoText.TryParseInstant(Encoding.UTF8.GetBytes(text), out Instant instant).Should().BeTrue(text);
        instant.Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value);
    }

    [Theory]
    [InlineData("2020-10-29T05:00:00")]
    [InlineData("2020-10-29T05:00:00+5:00")]
    [InlineData("2020-10-29T05:00:00+0500")]
    [InlineData("2023-02-29T05:00:00Z")]
    [InlineData("2020-10-29T24:00:00Z")]
    [InlineData("2020-10-29T05:00:60Z")]
    [InlineData("2020-10-29T05:00:00.Z")]
    [InlineData("2020-10-29T05:00:00.1234567890Z")]
    [InlineData("2020-10-29 05:00:00Z")]
    [InlineData("20201029T050000Z")]
    public void Malformed_instants_are_refused_on_either_path(string text) =>
        IsoText.TryParseInstant(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse(text);

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-1-01", false)]
    public void Dates_are_checked_against_the_calendar(string text, bool valid) =>
        IsoText.TryParseDate(Encoding.UTF8.GetBytes(text), out _).Should().Be(valid, text);

    [Theory]
    [InlineData("05:00:00", true)]
    [InlineData("05:00:00.000000001", true)]
    [InlineData("05:00:00.", false)]
    [InlineData("25:00:00", false)]
    public void Times_share_the_fraction_rules_of_instants(string text, bool valid) =>
        IsoText.TryParseTime(Encoding.UTF8.GetBytes(text), out _).Should().Be(valid, text);
}
