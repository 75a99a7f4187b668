using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Validation;

/// <summary>PM1031 (reported outcomes that do not account for the arrests) and PM1032 (itemised arrests contradicting "predominantly").</summary>
public sealed class ReportedTotalsValidationTest
{
    private static Operation.Builder Base() => new(new OperationId("op"), "Test", PoliceForce.Kent, Operation.Day(new LocalDate(2025, 3, 3)));

    private static string[] Codes(Operation.Builder builder) => [.. OperationValidator.Validate(builder.ToOperation()).Problems.Select(p => p.Code)];

    private static Arrest Itemised(int n, Offence offence) => new(
        new ArrestId($"a{n}"), Instant.FromUtc(2025, 3, 3, 10, 0), new ArrestedPerson(Age.Adult, Sex.Male),
        [new SuspectedOffence(offence)], PoliceForce.Kent, new OutcomeNotReported());

    [Fact]
    public void Outcomes_that_sum_to_the_arrests_pass()
    {
        Codes(Base()
                .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(35))
                .Report(ReportedMeasure.Charged, ReportedCount.Exactly(10))
                .Report(ReportedMeasure.ReleasedUnderInvestigation, ReportedCount.Exactly(19))
                .Report(ReportedMeasure.RecalledToPrison, ReportedCount.Exactly(2))
                .Report(ReportedMeasure.PutBeforeCourt, ReportedCount.Exactly(2))
                .Report(ReportedMeasure.Cautioned, ReportedCount.Exactly(2)))
            .Should().BeEmpty();
    }

    [Fact]
    public void Outcomes_short_of_the_arrests_warn_PM1031()
    {
        ValidationProblem problem = OperationValidator.Validate(Base()
                .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(35))
                .Report(ReportedMeasure.Charged, ReportedCount.Exactly(10))
                .ToOperation())
            .Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(ValidationCodes.OutcomesDoNotSumToArrests).And.Be("PM1031");
        problem.Severity.Should().Be(ValidationSeverity.Warning);
        problem.Path.Should().Be("/reportedTotals/0/count");
    }

    [Fact]
    public void A_hedged_outcome_cannot_contradict_the_sum()
    {
        Codes(Base()
                .Report(ReportedMeasure.Arrests, ReportedCount.Exactly(35))
                .Report(ReportedMeasure.Charged, ReportedCount.MoreThan(10)))
            .Should().BeEmpty();
    }

    [Fact]
    public void Itemised_arrests_mostly_for_other_offences_contradict_predominantly_PM1032()
    {
        Operation.Builder builder = Base().Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(4), predominantGroup: OffenceGroup.Drugs));
        builder.Arrests.AddRange([Itemised(1, Offences.Theft), Itemised(2, Offences.Theft)]);

        Codes(builder).Should().Equal(ValidationCodes.ItemisedContradictPredominant);
    }

    [Fact]
    public void Itemised_arrests_within_the_predominant_group_pass()
    {
        Operation.Builder builder = Base().Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(4), predominantGroup: OffenceGroup.Drugs));
        builder.Arrests.AddRange([Itemised(1, Offences.Possession), Itemised(2, Offences.Theft)]);

        Codes(builder).Should().BeEmpty();
    }
}
