using PolicingModel.Rules;

namespace PolicingModel.Validation;

// The checks of one arrest that need nothing from an operation: the date of birth against the age, the legal rules
// (ArrestRules) and the reference data. Operations and documents both run them, so arrests inside and
// outside an operation are checked alike.
internal static class ArrestChecks
{
    internal static void Check(ValidationContext context, string pointer, Arrest arrest)
    {
        CheckDateOfBirth(context, pointer, arrest);
        context.AddAll(pointer, ArrestRules.Check(arrest));
        ReferenceConsistencyChecks.CheckArrest(context, pointer, arrest);
    }

    private static void CheckDateOfBirth(ValidationContext context, string pointer, Arrest arrest)
    {
        if (arrest.Person.Identifiers?.DateOfBirth is not { } dateOfBirth)
        {
            return;
        }
        LocalDate arrestDate = EnglandAndWales.DateAt(arrest.ArrestedAt);
        int years = Period.Between(dateOfBirth, arrestDate, PeriodUnits.Years).Years;
        Age age = arrest.Person.Age;
        if (years < age.MinYears || years > age.MaxYearsInclusive)
        {
            // Never print the date of birth: it is personal data.
            context.Error(
                $"{pointer}/person/age", ValidationCodes.DateOfBirthContradictsAge,
                $"The recorded date of birth gives an age at arrest outside the recorded age ({age}).");
        }
    }
}
