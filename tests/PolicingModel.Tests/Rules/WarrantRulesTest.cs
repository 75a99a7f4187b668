using NodaTime;
using NodaTime.Text;
using PolicingModel.Rules;
using static PolicingModel.Tests.Rules.RulesTestData;

namespace PolicingModel.Tests.Rules;

public sealed class WarrantRulesTest
{
    private static Warrant Warrant(LocalDate? issuedOn, Instant? executedAt, WarrantKind kind = WarrantKind.SpecificPremisesSearch) =>
        new(
            new WarrantId("W1"),
            kind,
            Place.InBorough(LondonBorough.Croydon),
            legislation: WarrantLegislation.MisuseOfDrugsAct1971Section23,
            issuedOn: issuedOn,
            execution: executedAt is { } at ? new WarrantExecution(at, WarrantResult.Successful) : null);

    [Theory]
    [InlineData("2020-10-27", "2021-01-27")]
    [InlineData("2023-11-30", "2024-02-29")]
    [InlineData("2022-11-30", "2023-02-28")]
    [InlineData("2024-05-31", "2024-08-31")]
    [InlineData("2024-01-31", "2024-04-30")]
    public void Entry_is_allowed_until_the_corresponding_day_three_months_on(string issued, string lastDay)
    {
        WarrantRules.LastDayForEntry(LocalDatePattern.Iso.Parse(issued).Value).Should().Be(LocalDatePattern.Iso.Parse(lastDay).Value);
    }

    [Fact]
    public void Entry_on_the_last_day_is_valid_and_the_day_after_is_not()
    {
        var issued = new LocalDate(2020, 7, 29);
        WarrantRules.IsExecutedWithinValidity(Warrant(issued, Local(2020, 10, 29, 23, 59))).Should().BeTrue();
        WarrantRules.IsExecutedWithinValidity(Warrant(issued, Local(2020, 10, 30, 0, 1))).Should().BeFalse();
    }

    [Fact]
    public void Validity_is_judged_by_the_local_date_not_the_utc_date()
    {
        // 00:30 BST on 1 July is 23:30 UTC on 30 June: the local date (1 July) is the one that counts.
        var issued = new LocalDate(2024, 3, 30);
        WarrantRules.IsExecutedWithinValidity(Warrant(issued, Local(2024, 6, 30, 23, 30))).Should().BeTrue();
        WarrantRules.IsExecutedWithinValidity(Warrant(issued, Local(2024, 7, 1, 0, 30))).Should().BeFalse();
    }

    [Fact]
    public void Validity_is_unknown_without_an_issue_date_or_an_execution_or_for_an_arrest_warrant()
    {
        WarrantRules.IsExecutedWithinValidity(Warrant(null, Local(2020, 10, 29, 5, 0))).Should().BeNull();
        WarrantRules.IsExecutedWithinValidity(Warrant(new LocalDate(2020, 10, 1), null)).Should().BeNull();
        WarrantRules.IsExecutedWithinValidity(Warrant(new LocalDate(2020, 1, 1), Local(2020, 10, 29, 5, 0), WarrantKind.Arrest)).Should().BeNull();
    }

    [Fact]
    public void Execution_after_expiry_is_an_error_on_the_execution_time()
    {
        var findings = WarrantRules.Check(Warrant(new LocalDate(2020, 7, 1), Local(2020, 10, 2, 10, 0)));
        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "PM3001",
            Severity = ValidationSeverity.Error,
            Path = "/execution/at",
        });
        findings[0].Message.Should().Contain("2020-10-01").And.Contain("s.16(3)");
    }

    [Fact]
    public void A_dawn_raid_is_recorded_as_information_not_rejected()
    {
        // The county-lines raids: entry at 05:00 on Thursday 29 October 2020 (GMT), warrant issued the week before.
        var findings = WarrantRules.Check(Warrant(new LocalDate(2020, 10, 22), Local(2020, 10, 29, 5, 0)));
        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = RuleCodes.WarrantExecutedPreDawn,
            Severity = ValidationSeverity.Information,
            Path = "/execution/at",
        });
        findings[0].Message.Should().Contain("05:00");
    }

    [Theory]
    [InlineData(0, 0, true, false)]
    [InlineData(5, 59, true, false)]
    [InlineData(6, 0, false, false)]
    [InlineData(21, 59, false, false)]
    [InlineData(22, 0, false, true)]
    [InlineData(23, 59, false, true)]
    public void Hours_are_classified_in_local_time(int hour, int minute, bool preDawn, bool lateAtNight)
    {
        foreach (var at in new[] { Local(2020, 10, 29, hour, minute), Local(2020, 7, 29, hour, minute) })
        {
            WarrantRules.IsPreDawn(at).Should().Be(preDawn);
            WarrantRules.IsLateAtNight(at).Should().Be(lateAtNight);
            WarrantRules.IsUnsocialHour(at).Should().Be(preDawn || lateAtNight);
        }
    }

    [Fact]
    public void Summer_time_is_respected()
    {
        // 05:30 UTC in July is 06:30 BST: not pre-dawn in this library's sense.
        WarrantRules.IsPreDawn(Instant.FromUtc(2020, 7, 29, 5, 30)).Should().BeFalse();
        WarrantRules.IsPreDawn(Instant.FromUtc(2020, 12, 29, 5, 30)).Should().BeTrue();
    }

    [Fact]
    public void A_late_night_entry_and_a_missing_issue_date_are_information()
    {
        WarrantRules.Check(Warrant(null, Local(2020, 10, 29, 22, 15))).Select(f => (f.Code, f.Severity, f.Path)).Should().Equal(
            ("PM3004", ValidationSeverity.Information, "/issuedOn"),
            ("PM3003", ValidationSeverity.Information, "/execution/at"));
    }

    [Fact]
    public void Unexecuted_and_arrest_warrants_have_no_findings()
    {
        WarrantRules.Check(Warrant(new LocalDate(2020, 1, 1), null)).Should().BeEmpty();
        WarrantRules.Check(Warrant(new LocalDate(2020, 1, 1), Local(2020, 10, 29, 5, 0), WarrantKind.Arrest)).Should().BeEmpty();
        WarrantRules.Check(Warrant(new LocalDate(2020, 10, 1), Local(2020, 10, 29, 10, 0))).Should().BeEmpty();
    }
}
