namespace PolicingModel.Tests.Determinism;

/// <summary>
/// The library never uses the machine's zone: local times are always Europe/London. .ci/run runs the suite with TZ
/// set to a zone far from London (Pacific/Chatham, UTC+12:45/+13:45) so that any use of the local zone shows up as
/// wrong hours in the other tests.
/// </summary>
public sealed class MachineTimeZoneTest
{
    [Fact]
    public void Local_times_are_london_times_whatever_the_machine_zone()
    {
        EnglandAndWales.LocalAt(CountyLinesWarrantsOperation.WarrantTime).Should().Be(new LocalDateTime(2020, 10, 29, 5, 0));
        CountyLinesWarrantsOperation.WarrantTime.Should().Be(Instant.FromUtc(2020, 10, 29, 5, 0), "29 October 2020 is GMT");
        EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 22, 5, 0)).Should().Be(Instant.FromUtc(2023, 8, 22, 4, 0), "August is BST");
    }

    [Fact]
    public void Ci_runs_under_a_non_uk_machine_zone()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CI") == "true", "Only checked on CI, where .ci/run sets TZ.");
        TimeZoneInfo.Local.BaseUtcOffset.Should().NotBe(TimeSpan.Zero, "CI must exercise a machine zone other than the UK's");
    }
}
