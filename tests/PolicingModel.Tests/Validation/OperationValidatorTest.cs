using PolicingModel.Validation;

namespace PolicingModel.Tests.Validation;

/// <summary>Validation finds every cross-record problem, each with its path and code, and never throws for bad data.</summary>
public sealed class OperationValidatorTest
{
    private static readonly Duration Hour = Duration.FromHours(1);

    private static ValidationProblem Single(Operation operation, string code) =>
        OperationValidator.Validate(operation).Problems.Should().ContainSingle(p => p.Code == code).Subject;

    [Fact]
    public void A_clean_operation_has_no_problems()
    {
        Operation op = Examples.Operation(arrests: [Examples.Arrest(warrant: new WarrantId("w1"))], warrants: [Examples.Warrant()]);
        ValidationResult result = OperationValidator.Validate(op);
        result.IsValid.Should().BeTrue();
        // A dawn raid is recorded as such (PACE s.16(4) "reasonable hour"), not rejected.
        result.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(
            p => p.Code == "PM3002" && p.Severity == ValidationSeverity.Information && p.Path == "/warrants/0/execution/at");
        OperationValidator.Validate(Examples.Operation(arrests: [Examples.Arrest()])).ToString().Should().Be("valid");
    }

    [Fact]
    public void Arrest_before_the_operation_began()
    {
        ValidationProblem problem = Single(Examples.Operation(arrests: [Examples.Arrest(at: Examples.Dawn - Hour)]), ValidationCodes.ArrestBeforeOperation);
        problem.Path.Should().Be("/arrests/0/arrestedAt");
        problem.Severity.Should().Be(ValidationSeverity.Error);
        problem.Message.Should().Contain("2024-03-12 04:00").And.Contain("2024-03-12 05:00");
    }

    [Fact]
    public void Arrest_after_the_operation_ended_is_a_warning()
    {
        Operation op = Examples.Operation(arrests: [Examples.Arrest(at: Examples.Dawn + 3 * Hour)], end: Examples.Dawn + 2 * Hour);
        ValidationProblem problem = Single(op, ValidationCodes.ArrestAfterOperation);
        problem.Severity.Should().Be(ValidationSeverity.Warning);
        OperationValidator.Validate(op).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Arrest_citing_a_warrant_the_operation_does_not_have()
    {
        Operation op = Examples.Operation(arrests: [Examples.Arrest(warrant: new WarrantId("w9"))], warrants: [Examples.Warrant("w1")]);
        ValidationProblem problem = Single(op, ValidationCodes.ArrestCitesUnknownWarrant);
        problem.Path.Should().Be("/arrests/0/warrant");
        problem.Message.Should().Contain("'w9'");
    }

    [Fact]
    public void Arrest_before_its_warrant_was_executed()
    {
        Operation op = Examples.Operation(arrests: [Examples.Arrest(warrant: new WarrantId("w1"))], warrants: [Examples.Warrant("w1", Examples.Dawn + Hour)]);
        Single(op, ValidationCodes.ArrestBeforeWarrantExecuted).Path.Should().Be("/arrests/0/arrestedAt");
    }

    [Fact]
    public void Warrant_executed_before_the_operation_began()
    {
        Single(Examples.Operation(warrants: [Examples.Warrant(executedAt: Examples.Dawn - Hour)]), ValidationCodes.WarrantExecutedBeforeOperation)
            .Path.Should().Be("/warrants/0/execution/at");
    }

    [Fact]
    public void Duplicate_ids_of_every_kind()
    {
        Seizure seizure = new(new SeizureId("s1"), new CashSeized(Money.Pounds(10m)));
        SafeguardingAction action = new(new SafeguardingActionId("sg"), SafeguardingKind.WelfareVisit);
        Operation op = Examples.Operation(
            arrests: [Examples.Arrest("a1"), Examples.Arrest("a2"), Examples.Arrest("a1")],
            warrants: [Examples.Warrant("w1"), Examples.Warrant("w1")],
            seizures: [seizure, seizure],
            safeguarding: [action, action]);
        ValidationResult result = OperationValidator.Validate(op);
        result.Problems.Where(p => p.Code.StartsWith("PM1", StringComparison.Ordinal)).Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.DuplicateWarrantId, "/warrants/1/id"),
            (ValidationCodes.DuplicateArrestId, "/arrests/2/id"),
            (ValidationCodes.DuplicateSeizureId, "/seizures/1/id"),
            (ValidationCodes.DuplicateSafeguardingId, "/safeguarding/1/id"),
        });
    }

    [Fact]
    public void Seizure_and_safeguarding_links_to_missing_records()
    {
        Operation op = Examples.Operation(
            seizures: [new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(10m)), seizedAt: Examples.Dawn - Hour, fromArrest: new ArrestId("a7"), underWarrant: new WarrantId("w7"))],
            safeguarding: [new SafeguardingAction(new SafeguardingActionId("sg"), SafeguardingKind.NationalReferralMechanismReferral, relatedArrest: new ArrestId("a8"))]);
        OperationValidator.Validate(op).Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (ValidationCodes.SeizureCitesUnknownArrest, "/seizures/0/fromArrest"),
            (ValidationCodes.SeizureCitesUnknownWarrant, "/seizures/0/underWarrant"),
            (ValidationCodes.SeizureBeforeOperation, "/seizures/0/seizedAt"),
            (ValidationCodes.SafeguardingCitesUnknownArrest, "/safeguarding/0/relatedArrest"));
    }

    [Theory]
    [InlineData(Precision.Exact, ValidationSeverity.Error)]
    [InlineData(Precision.Approximate, ValidationSeverity.Warning)]
    public void Itemised_arrests_exceeding_a_reported_total(Precision precision, ValidationSeverity severity)
    {
        Operation op = Examples.Operation(
            arrests: [Examples.Arrest("a1"), Examples.Arrest("a2"), Examples.Arrest("a3")],
            totals: [new ReportedTotal(ReportedMeasure.Arrests, new ReportedCount(2, precision))]);
        ValidationProblem problem = Single(op, ValidationCodes.ItemisedExceedsReportedTotal);
        problem.Severity.Should().Be(severity);
        problem.Path.Should().Be("/reportedTotals/0/count");
        problem.Message.Should().Contain("3 arrests are recorded, more than the reported total of");
    }

    [Fact]
    public void A_lower_bound_total_is_never_exceeded()
    {
        Operation op = Examples.Operation(
            arrests: [Examples.Arrest("a1"), Examples.Arrest("a2")],
            totals: [new ReportedTotal(ReportedMeasure.Arrests, new ReportedCount(1, Precision.MoreThan))]);
        OperationValidator.Validate(op).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        Operation op = Examples.Operation(
            arrests: [Examples.Arrest("a1", at: Examples.Dawn - Hour, warrant: new WarrantId("nope")), Examples.Arrest("a1")]);
        OperationValidator.Validate(op).Problems.Select(p => p.Code).Should().BeEquivalentTo(
            [ValidationCodes.DuplicateArrestId, ValidationCodes.ArrestBeforeOperation, ValidationCodes.ArrestCitesUnknownWarrant]);
    }
}
