using PolicingModel.Validation;

namespace PolicingModel.Tests.Validation;

/// <summary>Validation compares records with the reference data: dated drug classes, offence definitions, exclusion zones.</summary>
public sealed class ReferenceConsistencyChecksTest
{
    private static IEnumerable<ValidationProblem> Problems(Operation operation, string code) =>
        OperationValidator.Validate(operation).Problems.Where(p => p.Code == code);

    [Theory]
    [InlineData(2022, 4, 12, DrugClass.B, true)]
    [InlineData(2022, 4, 12, DrugClass.C, false)]
    [InlineData(2022, 4, 13, DrugClass.B, false)]
    [InlineData(2022, 4, 13, DrugClass.C, true)]
    public void A_stated_class_must_match_the_substance_on_the_seizure_date(int year, int month, int day, DrugClass stated, bool contradicts)
    {
        Instant at = EnglandAndWales.InstantOf(new LocalDate(year, month, day).At(new LocalTime(12, 0)));
        Operation op = Examples.Operation(
            start: at - Duration.FromHours(1),
            seizures: [new Seizure(new SeizureId("s1"), new DrugsSeized(Substances.Ghb, stated), seizedAt: at)]);
        ValidationProblem[] problems = Problems(op, ValidationCodes.DrugClassContradictsSubstance).ToArray();
        if (contradicts)
        {
            problems.Should().ContainSingle(p => p.Path == "/seizures/0/item/statedClass" && p.Severity == ValidationSeverity.Error);
        }
        else
        {
            problems.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_suspected_offence_class_must_match_its_substance()
    {
        Arrest arrest = new(new ArrestId("a1"), Examples.Dawn, Examples.Person(), [new SuspectedOffence(Offences.Possession, drugClass: DrugClass.A, substance: Substances.Cannabis)],
            PoliceForce.Metropolitan, new RemainsInCustody());
        Problems(Examples.Operation(arrests: [arrest]), ValidationCodes.DrugClassContradictsSubstance)
            .Should().ContainSingle().Which.Message.Should().Contain("cannabis was Class B");
    }

    [Fact]
    public void An_offence_using_a_library_code_with_another_group_is_an_error()
    {
        Offence wrongGroup = new(Offences.PossessionOfCriminalProperty.Code, "possession of criminal property", "Proceeds of Crime Act 2002 s.329", OffenceGroup.Theft);
        Arrest arrest = new(new ArrestId("a1"), Examples.Dawn, Examples.Person(), [new SuspectedOffence(wrongGroup)], PoliceForce.Metropolitan, new RemainsInCustody());
        Problems(Examples.Operation(arrests: [arrest]), ValidationCodes.OffenceContradictsReference)
            .Should().ContainSingle().Which.Message.Should().Contain("offence group 'theft'").And.Contain("puts it in 'miscellaneous-crimes-against-society'");
    }

    [Fact]
    public void An_exclusion_zone_containing_the_home_area_is_a_warning()
    {
        Bail bail = new(BailKind.PreCharge, new LocalDate(2024, 3, 12), new LocalDate(2024, 6, 11),
            [new ExclusionZone(Place.InBorough(LondonBorough.Lambeth)), new ExclusionZone(Place.InBorough(LondonBorough.KensingtonAndChelsea))]);
        Arrest arrest = Examples.Arrest(outcome: new Bailed(bail));
        ValidationProblem problem = Problems(Examples.Operation(arrests: [arrest]), ValidationCodes.ExclusionZoneContainsHome).Should().ContainSingle().Subject;
        problem.Severity.Should().Be(ValidationSeverity.Warning);
        problem.Path.Should().Be("/arrests/0/outcome/bail/conditions/0/area");
    }

    [Fact]
    public void Bail_beyond_the_authorised_period_is_reported_with_the_arrest_path()
    {
        // Arrested 2024-03-12 under the 2022 regime: three months from the day after arrest, so 12 June at the latest without extension.
        Bail bail = new(BailKind.PreCharge, new LocalDate(2024, 3, 12), new LocalDate(2024, 8, 1));
        ValidationResult result = OperationValidator.Validate(Examples.Operation(arrests: [Examples.Arrest(outcome: new Bailed(bail))]));
        result.Problems.Should().Contain(p => p.Code == "PM2002" && p.Path.StartsWith("/arrests/0", StringComparison.Ordinal) && p.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public void An_arrestee_under_ten_is_an_error()
    {
        ValidationResult result = OperationValidator.Validate(Examples.Operation(arrests: [Examples.Arrest(person: Examples.Person(age: 9))]));
        result.Problems.Should().Contain(p => p.Code == "PM4001" && p.Severity == ValidationSeverity.Error);
        result.IsValid.Should().BeFalse();
    }
}
