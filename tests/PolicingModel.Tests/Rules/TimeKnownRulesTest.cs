using PolicingModel.Reporting;
using PolicingModel.Rules;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Rules;

/// <summary>Rules, validation and rendering use only what is known of a time, and say so when they cannot decide.</summary>
public sealed class TimeKnownRulesTest
{
    private static readonly LocalDate Tuesday = new(2024, 3, 12);

    private static Warrant WarrantOn(WarrantExecution execution, LocalDate? issued = null) =>
        new(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, Place.InBorough(LondonBorough.Croydon), PremisesKind.Residential,
            issuedOn: issued ?? new LocalDate(2024, 3, 1), execution: execution);

    [Fact]
    public void Early_hours_is_pre_dawn_without_an_hour_being_printed()
    {
        ValidationProblem finding = WarrantRules.Check(WarrantOn(WarrantExecution.On(Tuesday, TimeKnown.EarlyHours))).Should().ContainSingle().Which;
        finding.Code.Should().Be(RuleCodes.WarrantExecutedPreDawn);
        finding.Message.Should().Contain("in the early hours").And.NotContain("00:00");
    }

    [Fact]
    public void A_morning_entry_cannot_be_judged_for_a_reasonable_hour()
    {
        WarrantRules.Check(WarrantOn(WarrantExecution.On(Tuesday, TimeKnown.Morning)))
            .Should().ContainSingle(p => p.Code == RuleCodes.WarrantTimeTooVague && p.Severity == ValidationSeverity.Information);
    }

    [Fact]
    public void Overnight_across_the_last_day_for_entry_is_undecided_not_an_error()
    {
        var issued = new LocalDate(2023, 12, 12);
        LocalDate lastDay = WarrantRules.LastDayForEntry(issued);
        // Overnight from the last day runs into the day after it.
        Warrant warrant = WarrantOn(WarrantExecution.On(lastDay, TimeKnown.Overnight), issued);
        WarrantRules.IsExecutedWithinValidity(warrant).Should().BeNull();
        EquatableArray<ValidationProblem> findings = WarrantRules.Check(warrant);
        findings.Should().NotContain(p => p.Code == RuleCodes.WarrantExecutedAfterExpiry);
        findings.Should().Contain(p => p.Code == RuleCodes.WarrantTimeTooVague);
        WarrantRules.IsExecutedWithinValidity(WarrantOn(WarrantExecution.On(lastDay, TimeKnown.Day), issued)).Should().BeTrue();
        WarrantRules.IsExecutedWithinValidity(WarrantOn(WarrantExecution.On(lastDay.PlusDays(1), TimeKnown.Day), issued)).Should().BeFalse();
    }

    [Fact]
    public void An_arrest_known_by_its_date_is_not_before_an_operation_that_began_that_morning()
    {
        Arrest.Builder arrest = Examples.Arrest(at: TimesKnown.Start(Tuesday, TimeKnown.Day)).ToBuilder();
        arrest.TimeKnown = TimeKnown.Day;
        Operation operation = Examples.Operation(arrests: [arrest.ToArrest()], warrants: [WarrantOn(WarrantExecution.On(Tuesday, TimeKnown.EarlyHours))]);
        OperationValidator.Validate(operation).Problems.Should().NotContain(p => p.Code == ValidationCodes.ArrestBeforeOperation || p.Code == ValidationCodes.WarrantExecutedBeforeOperation);

        Arrest.Builder dayBefore = Examples.Arrest(at: TimesKnown.Start(Tuesday.PlusDays(-1), TimeKnown.Day)).ToBuilder();
        dayBefore.TimeKnown = TimeKnown.Day;
        ValidationProblem problem = OperationValidator.Validate(Examples.Operation(arrests: [dayBefore.ToArrest()])).Problems
            .Should().ContainSingle(p => p.Code == ValidationCodes.ArrestBeforeOperation).Which;
        problem.Message.Should().Contain("on 2024-03-11 (day, London)").And.NotContain("00:00");
    }

    [Fact]
    public void The_detention_clock_will_not_start_from_a_vague_time_of_arrest()
    {
        Instant start = TimesKnown.Start(Tuesday, TimeKnown.Morning);
        var voluntary = new Arrest(new ArrestId("a1"), start, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody(),
            custody: new CustodyDetails(start, "Croydon", DetentionCircumstance.VoluntaryAttendance), timeKnown: TimeKnown.Morning);
        Action act = () => DetentionClock.For(voluntary);
        act.Should().Throw<ArgumentException>().WithMessage("*known only as Morning*");

        var standard = new Arrest(new ArrestId("a2"), start, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody(),
            custody: new CustodyDetails(start.Plus(Duration.FromHours(7)), "Croydon"), timeKnown: TimeKnown.Morning);
        DetentionClock.For(standard).RelevantTime.Should().Be(start.Plus(Duration.FromHours(7)), "the clock runs from arrival at the station, which is exact");
    }

    [Fact]
    public void A_vague_time_renders_as_the_source_gave_it()
    {
        Operation operation = Examples.Operation(warrants: [WarrantOn(WarrantExecution.On(Tuesday, TimeKnown.EarlyHours))], start: TimesKnown.Start(Tuesday, TimeKnown.Day));
        string text = PressReleaseRenderer.Render(operation);
        text.Should().Contain("In the early hours of Tuesday 12 March 2024, officers executed one warrant.").And.NotContain(" at 00:00");
    }
}
