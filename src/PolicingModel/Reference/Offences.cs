using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PolicingModel.Reference;

/// <summary>
/// The offences seen in policing operations against drug supply, exploitation and weapons, with statute, Home Office
/// offence group and maximum sentence on indictment. Sources: Misuse of Drugs Act 1971 ss.4–5 and Sch.4; Proceeds of
/// Crime Act 2002 ss.327–329 and s.334; Modern Slavery Act 2015 ss.1, 2 and 5; Criminal Justice Act 1988 s.139;
/// Prevention of Crime Act 1953 s.1 (all on legislation.gov.uk); the Crime and Policing Act 2026 for the two new
/// exploitation offences, whose commencement is unverified (see <see cref="CommencementUnverified"/>).
/// </summary>
/// <remarks>
/// Conspiracy and attempt are not separate entries: use <see cref="InchoateForm"/> on a <see cref="SuspectedOffence"/>
/// (conspiracy, Criminal Law Act 1977 s.1, carries the maximum of the substantive offence; see
/// <see cref="MaximumSentenceFor"/>). Inchoate offences are counted in the offence group of the substantive offence.
/// </remarks>
public static class Offences
{
    private static readonly EquatableArray<MaximumSentence> SupplyMaximum =
        [MaximumSentence.Life(DrugClass.A), MaximumSentence.YearsImprisonment(14, DrugClass.B), MaximumSentence.YearsImprisonment(14, DrugClass.C)];

    /// <summary>Possession of a controlled drug (MDA 1971 s.5(2)); maximum A 7 years, B 5, C 2.</summary>
    public static Offence Possession { get; } = new(
        "possession", "possession of a controlled drug", "Misuse of Drugs Act 1971 s.5(2)", OffenceGroup.Drugs, takesDrugClass: true,
        [MaximumSentence.YearsImprisonment(7, DrugClass.A), MaximumSentence.YearsImprisonment(5, DrugClass.B), MaximumSentence.YearsImprisonment(2, DrugClass.C)]);

    /// <summary>Possession of a controlled drug with intent to supply (MDA 1971 s.5(3)); maximum A life, B and C 14 years.</summary>
    public static Offence PossessionWithIntentToSupply { get; } = new(
        "possession-with-intent-to-supply", "possession of a controlled drug with intent to supply", "Misuse of Drugs Act 1971 s.5(3)",
        OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>Supplying or offering to supply a controlled drug (MDA 1971 s.4(3)(a)); maximum A life, B and C 14 years.</summary>
    public static Offence Supply { get; } = new(
        "supply", "supplying or offering to supply a controlled drug", "Misuse of Drugs Act 1971 s.4(3)(a)", OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>Being concerned in the supply of a controlled drug (MDA 1971 s.4(3)(b)); maximum A life, B and C 14 years.</summary>
    public static Offence ConcernedInSupply { get; } = new(
        "concerned-in-supply", "being concerned in the supply of a controlled drug", "Misuse of Drugs Act 1971 s.4(3)(b)",
        OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>Production of a controlled drug (MDA 1971 s.4(2)); maximum A life, B and C 14 years.</summary>
    public static Offence Production { get; } = new(
        "production", "production of a controlled drug", "Misuse of Drugs Act 1971 s.4(2)", OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>Possession of criminal property (Proceeds of Crime Act 2002 s.329); maximum 14 years.</summary>
    public static Offence PossessionOfCriminalProperty { get; } = new(
        "possession-of-criminal-property", "possession of criminal property", "Proceeds of Crime Act 2002 s.329",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: [MaximumSentence.YearsImprisonment(14)]);

    /// <summary>Concealing, disguising, converting or transferring criminal property (Proceeds of Crime Act 2002 s.327); maximum 14 years.</summary>
    public static Offence ConcealingCriminalProperty { get; } = new(
        "concealing-criminal-property", "concealing criminal property", "Proceeds of Crime Act 2002 s.327",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: [MaximumSentence.YearsImprisonment(14)]);

    /// <summary>Entering into a money laundering arrangement (Proceeds of Crime Act 2002 s.328); maximum 14 years.</summary>
    public static Offence MoneyLaunderingArrangement { get; } = new(
        "money-laundering-arrangement", "entering into a money laundering arrangement", "Proceeds of Crime Act 2002 s.328",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: [MaximumSentence.YearsImprisonment(14)]);

    /// <summary>Holding a person in slavery or servitude, or requiring forced or compulsory labour (Modern Slavery Act 2015 s.1); maximum life.</summary>
    public static Offence SlaveryServitudeForcedLabour { get; } = new(
        "slavery-servitude-forced-labour", "holding a person in slavery or servitude, or requiring forced or compulsory labour", "Modern Slavery Act 2015 s.1",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: [MaximumSentence.Life()]);

    /// <summary>Human trafficking: arranging or facilitating travel with a view to exploitation (Modern Slavery Act 2015 s.2); maximum life.</summary>
    public static Offence HumanTrafficking { get; } = new(
        "human-trafficking", "arranging or facilitating the travel of another person with a view to exploitation", "Modern Slavery Act 2015 s.2",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: [MaximumSentence.Life()]);

    /// <summary>Having a bladed or pointed article in a public place (Criminal Justice Act 1988 s.139); maximum 4 years.</summary>
    public static Offence BladedArticleInPublic { get; } = new(
        "bladed-article-in-public", "having a bladed or pointed article in a public place", "Criminal Justice Act 1988 s.139",
        OffenceGroup.PossessionOfWeapons, maximumSentences: [MaximumSentence.YearsImprisonment(4)]);

    /// <summary>Having an offensive weapon in a public place (Prevention of Crime Act 1953 s.1); maximum 4 years.</summary>
    public static Offence OffensiveWeaponInPublic { get; } = new(
        "offensive-weapon-in-public", "having an offensive weapon in a public place", "Prevention of Crime Act 1953 s.1",
        OffenceGroup.PossessionOfWeapons, maximumSentences: [MaximumSentence.YearsImprisonment(4)]);

    /// <summary>
    /// Child criminal exploitation, a new offence in the Crime and Policing Act 2026. <b>Unverified:</b> its
    /// commencement date, section number and maximum sentence are not confirmed, so none are recorded (the legislation
    /// names only the Act), and its Home Office offence group is not known, so it is placed in
    /// <see cref="OffenceGroup.Other"/>. Do not treat an arrest for it before commencement as valid without checking.
    /// </summary>
    public static Offence ChildCriminalExploitationUnverified { get; } = new(
        "child-criminal-exploitation", "child criminal exploitation", "Crime and Policing Act 2026", OffenceGroup.Other);

    /// <summary>
    /// Cuckooing (controlling another person's home for criminal purposes), a new offence in the Crime and Policing Act
    /// 2026. <b>Unverified:</b> its commencement date, section number and maximum sentence are not confirmed, so none
    /// are recorded, and its Home Office offence group is not known, so it is placed in <see cref="OffenceGroup.Other"/>.
    /// </summary>
    public static Offence CuckooingUnverified { get; } = new(
        "cuckooing", "cuckooing", "Crime and Policing Act 2026", OffenceGroup.Other);

    /// <summary>Every offence in this list, in declaration order (including those in <see cref="CommencementUnverified"/>).</summary>
    public static EquatableArray<Offence> All { get; } =
    [
        Possession, PossessionWithIntentToSupply, Supply, ConcernedInSupply, Production,
        PossessionOfCriminalProperty, ConcealingCriminalProperty, MoneyLaunderingArrangement,
        SlaveryServitudeForcedLabour, HumanTrafficking, BladedArticleInPublic, OffensiveWeaponInPublic,
        ChildCriminalExploitationUnverified, CuckooingUnverified,
    ];

    /// <summary>
    /// The offences in <see cref="All"/> whose commencement is unverified (the Crime and Policing Act 2026 offences):
    /// validation and reporting should flag them rather than assume they were in force on a given date.
    /// </summary>
    public static EquatableArray<Offence> CommencementUnverified { get; } = [ChildCriminalExploitationUnverified, CuckooingUnverified];

    /// <summary>
    /// The enactment that makes an inchoate form an offence: conspiracy, Criminal Law Act 1977 s.1; attempt, Criminal
    /// Attempts Act 1981 s.1; encouraging or assisting, Serious Crime Act 2007 ss.44–46. Null for the substantive offence.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentOutOfRangeException">The form is undefined.</exception>
    public static string? LegislationOf(InchoateForm form) => form switch
    {
        InchoateForm.None => null,
        InchoateForm.Conspiracy => "Criminal Law Act 1977 s.1",
        InchoateForm.Attempt => "Criminal Attempts Act 1981 s.1",
        InchoateForm.EncouragingOrAssisting => "Serious Crime Act 2007 ss.44-46",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, $"Undefined {nameof(InchoateForm)}."),
    };

    /// <summary>
    /// The maximum sentence on indictment for a suspected offence: for the substantive offence and for conspiracy
    /// (Criminal Law Act 1977 s.1, whose maximum follows the substantive offence) it is the offence's maximum for the
    /// stated drug class (or its general maximum). For an attempt or for encouraging or assisting it is null: the
    /// domain notes do not state those rules, so the library does not assume them.
    /// </summary>
    /// <param name="offence">The suspected offence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="offence"/> is null.</exception>
    public static MaximumSentence? MaximumSentenceFor(SuspectedOffence offence) =>
        Preconditions.CheckNotNull(offence).Form is InchoateForm.None or InchoateForm.Conspiracy
            ? offence.Offence.MaximumSentenceFor(offence.DrugClass)
            : null;

    private static readonly FrozenDictionary<string, Offence> ByCode = All.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);

    /// <summary>Finds an offence by its wire code.</summary>
    /// <param name="code">The code, such as <c>concerned-in-supply</c>.</param>
    /// <param name="offence">The offence, when found.</param>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Offence? offence)
    {
        offence = null;
        return code is not null && ByCode.TryGetValue(code, out offence);
    }

    /// <summary>Finds an offence by its wire code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentException">No offence has that code.</exception>
    public static Offence FromCode(string code) =>
        TryFromCode(code, out Offence? offence) ? offence : throw new ArgumentException($"'{code}' is not a known offence code.", nameof(code));
}
