namespace PolicingModel.Reference;

// Drug offences: Misuse of Drugs Act 1971 ss.4-6 and Customs and Excise Management Act 1979 s.170. Maxima by class
// from the Sentencing Council's drug offence guidelines. Home Office classes 92A (trafficking), 92D and 92E (possession).
public static partial class Offences
{
    // Declared before the entries that use it: initialisers in one part run in order.
    private static readonly EquatableArray<MaximumSentence> SupplyMaximum =
        [MaximumSentence.Life(DrugClass.A), MaximumSentence.YearsImprisonment(14, DrugClass.B), MaximumSentence.YearsImprisonment(14, DrugClass.C)];

    /// <summary>
    /// Possession of a controlled drug (MDA 1971 s.5(2)); maximum A 7 years, B 5, C 2 (Sentencing Council). Home Office
    /// class 92D (other than cannabis) or 92E (cannabis). CJS codes are per drug (MD71210 cocaine, MD71211 heroin, MD71530
    /// cannabis, MD71022 a Class C drug), so none is recorded.
    /// </summary>
    public static Offence Possession { get; } = new(
        "possession", "possession of a controlled drug", "Misuse of Drugs Act 1971 s.5(2)", OffenceGroup.Drugs, takesDrugClass: true,
        [MaximumSentence.YearsImprisonment(7, DrugClass.A), MaximumSentence.YearsImprisonment(5, DrugClass.B), MaximumSentence.YearsImprisonment(2, DrugClass.C)]);

    /// <summary>
    /// Possession of a controlled drug with intent to supply (MDA 1971 s.5(3)); maximum A life, B and C 14 years. Home
    /// Office class 92A (matched by label). CJS codes are per drug (MD71230 cocaine, MD71231 heroin, MD71526 cannabis).
    /// </summary>
    public static Offence PossessionWithIntentToSupply { get; } = new(
        "possession-with-intent-to-supply", "possession of a controlled drug with intent to supply", "Misuse of Drugs Act 1971 s.5(3)",
        OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>
    /// Supplying or offering to supply a controlled drug (MDA 1971 s.4(3)(a)); maximum A life, B and C 14 years. Home
    /// Office class 92A. CJS codes are per drug and per act (MD71130 supply cocaine, MD71131 supply heroin, MD71532 supply
    /// cannabis, MD71150 offer to supply cocaine). Offering is not a separate entry: it is the same paragraph.
    /// </summary>
    public static Offence Supply { get; } = new(
        "supply", "supplying or offering to supply a controlled drug", "Misuse of Drugs Act 1971 s.4(3)(a)", OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>
    /// Being concerned in the supply of a controlled drug (MDA 1971 s.4(3)(b); being concerned in an offer to supply is
    /// s.4(3)(c)); maximum A life, B and C 14 years. Home Office class 92A. CJS codes are per drug (MD71170 cocaine,
    /// MD71171 heroin, MD71533 cannabis).
    /// </summary>
    public static Offence ConcernedInSupply { get; } = new(
        "concerned-in-supply", "being concerned in the supply of a controlled drug", "Misuse of Drugs Act 1971 s.4(3)(b)",
        OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>
    /// Production of a controlled drug (MDA 1971 s.4(2)); maximum A life, B and C 14 years. Home Office class 92A. CJS
    /// codes are per drug (MD71090 cocaine, MD71531 cannabis).
    /// </summary>
    public static Offence Production { get; } = new(
        "production", "production of a controlled drug", "Misuse of Drugs Act 1971 s.4(2)", OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);

    /// <summary>
    /// Cultivating cannabis plants (MDA 1971 s.6(2)); maximum 14 years whatever cannabis's class on the date (Sentencing
    /// Council, production and cultivation guideline); CJS MD71440. Its Home Office class (92A or 92C, other drug
    /// offences) is <b>unverified</b>; it is in the drug offences group either way. It takes a drug class so that an
    /// arrest can state cannabis and its class.
    /// </summary>
    public static Offence CultivationOfCannabis { get; } = new(
        "cultivation-of-cannabis", "cultivating cannabis", "Misuse of Drugs Act 1971 s.6(2)", OffenceGroup.Drugs, takesDrugClass: true,
        Years(14), cjsCode: "MD71440");

    /// <summary>
    /// Fraudulent evasion of the prohibition on importing a controlled drug (Customs and Excise Management Act 1979
    /// s.170(2)); maximum A life, B and C 14 years (Sentencing Council, importation guideline). Home Office class 92A. CJS
    /// codes are per class (CE79186 A, CE79187 B, CE79188 C), so none is recorded.
    /// </summary>
    public static Offence ImportationOfControlledDrug { get; } = new(
        "importation-of-controlled-drug", "fraudulently evading the prohibition on importing a controlled drug",
        "Customs and Excise Management Act 1979 s.170(2)", OffenceGroup.Drugs, takesDrugClass: true, SupplyMaximum);
}
