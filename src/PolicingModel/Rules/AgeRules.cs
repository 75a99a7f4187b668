using static System.FormattableString;

namespace PolicingModel.Rules;

/// <summary>
/// Age thresholds in criminal law: the age of criminal responsibility (10) and juvenile status under PACE (under 18),
/// applied to an <see cref="Age"/> that may be exact, a range or unknown.
/// </summary>
/// <remarks>
/// A range is treated by what it rules out. A threshold is "certainly" met only when every age in the range meets it;
/// where the law protects a person who might be young (the appropriate adult), any possibility counts. Pure functions:
/// no clock, no I/O.
/// </remarks>
public static class AgeRules
{
    /// <summary>The age of criminal responsibility in England and Wales: 10 (Children and Young Persons Act 1933 s.50, as amended). No child under 10 can be guilty of an offence, so an arrest of a person under 10 is invalid data.</summary>
    public const int AgeOfCriminalResponsibility = 10;

    /// <summary>The age from which a person is an adult under PACE: 18. A person under 18 is a juvenile (PACE s.37(15) and Code C 1.5).</summary>
    /// <remarks>17-year-olds have been treated as juveniles in police detention since 2013–2015 (R (HC) v Secretary of State and the Criminal Justice and Courts Act 2015); the earlier treatment of 17-year-olds as adults is not modelled (dates unverified).</remarks>
    public const int AdultAge = 18;

    /// <summary>True when every age in the range is under 10: the person cannot have committed an offence (CYPA 1933 s.50).</summary>
    /// <param name="age">The age, exact or a range; <see cref="Age.Unknown"/> gives false.</param>
    public static bool IsBelowAgeOfCriminalResponsibility(Age age) => age.MaxYearsInclusive < AgeOfCriminalResponsibility;

    /// <summary>True when the range includes an age under 10 but also ages of 10 or more, and is not simply unknown (for example 8–12).</summary>
    /// <param name="age">The age, exact or a range.</param>
    public static bool MayBeBelowAgeOfCriminalResponsibility(Age age) =>
        !age.IsUnknown && age.MinYears < AgeOfCriminalResponsibility && age.MaxYearsInclusive >= AgeOfCriminalResponsibility;

    /// <summary>Whether the age is certainly a juvenile's, certainly an adult's, or uncertain.</summary>
    /// <param name="age">The age, exact or a range.</param>
    public static Juvenility JuvenilityOf(Age age) =>
        age.MaxYearsInclusive < AdultAge ? Juvenility.Juvenile
        : age.MinYears >= AdultAge ? Juvenility.Adult
        : Juvenility.Uncertain;

    /// <summary>True when every age in the range is under 18: a juvenile under PACE.</summary>
    /// <param name="age">The age, exact or a range; an unknown or straddling range gives false (see <see cref="RequiresAppropriateAdult"/> for the protective reading).</param>
    public static bool IsJuvenile(Age age) => JuvenilityOf(age) == Juvenility.Juvenile;

    /// <summary>
    /// True unless the person is certainly 18 or over: PACE Code C 1.5 says anyone who appears to be under 18 is to be
    /// treated as a juvenile, and so given an appropriate adult for interview and identification procedures, in the
    /// absence of clear evidence that they are older.
    /// </summary>
    /// <param name="age">The age, exact or a range.</param>
    /// <remarks>
    /// The library's reading: a range that includes any age under 18, and an unknown age, count as "no clear evidence
    /// that they are older", so this returns true for them. It answers what the record allows, not what an officer saw.
    /// (Code C 1.7 also requires an appropriate adult for a vulnerable adult; vulnerability is not modelled.)
    /// </remarks>
    public static bool RequiresAppropriateAdult(Age age) => JuvenilityOf(age) != Juvenility.Adult;

    /// <summary>The age findings for an arrest: <see cref="RuleCodes.ArresteeBelowAgeOfCriminalResponsibility"/> and <see cref="RuleCodes.ArresteeMayBeBelowAgeOfCriminalResponsibility"/>, with paths relative to the arrest (<c>/person/age</c>).</summary>
    /// <param name="arrest">The arrest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    public static EquatableArray<ValidationProblem> Check(Arrest arrest)
    {
        Preconditions.CheckNotNull(arrest);
        const string path = "/person/age";
        Age age = arrest.Person.Age;
        if (IsBelowAgeOfCriminalResponsibility(age))
        {
            return [new ValidationProblem(
                RuleCodes.ArresteeBelowAgeOfCriminalResponsibility,
                ValidationSeverity.Error,
                Invariant($"The person arrested is aged {age}, under the age of criminal responsibility ({AgeOfCriminalResponsibility}, Children and Young Persons Act 1933 s.50)."),
                path)];
        }
        if (MayBeBelowAgeOfCriminalResponsibility(age))
        {
            return [new ValidationProblem(
                RuleCodes.ArresteeMayBeBelowAgeOfCriminalResponsibility,
                ValidationSeverity.Warning,
                Invariant($"The person arrested is aged {age}, which includes ages under the age of criminal responsibility ({AgeOfCriminalResponsibility}, Children and Young Persons Act 1933 s.50)."),
                path)];
        }
        return EquatableArray<ValidationProblem>.Empty;
    }
}
