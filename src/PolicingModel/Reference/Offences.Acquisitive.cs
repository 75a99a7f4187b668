namespace PolicingModel.Reference;

// Robbery, theft, burglary, vehicle offences, handling, fraud, forgery and money laundering (Theft Act 1968, Criminal
// Attempts Act 1981 s.9, Fraud Act 2006, Forgery and Counterfeiting Act 1981, Proceeds of Crime Act 2002).
public static partial class Offences
{
    /// <summary>
    /// Robbery (Theft Act 1968 s.8(1)); maximum life, indictable only (Sentencing Council; CPS sentencing manual). Home
    /// Office classes 34A (business property) and 34B (personal property), statistics code 034/01. CJS TH68023.
    /// </summary>
    public static Offence Robbery { get; } = new(
        "robbery", "robbery", "Theft Act 1968 s.8(1)", OffenceGroup.Robbery, maximumSentences: Life(), cjsCode: "TH68023");

    /// <summary>
    /// Assault with intent to rob (Theft Act 1968 s.8(2)); indictable only (CJS category CI). Home Office classes 34A and
    /// 34B, statistics code 034/02. CJS TH68025. Its maximum is <b>unverified</b>: it is very likely life, as s.8(2)
    /// sets one penalty for robbery and for assault with intent to rob, but the research only infers it, so none is
    /// recorded.
    /// </summary>
    public static Offence AssaultWithIntentToRob { get; } = new(
        "assault-with-intent-to-rob", "assault with intent to rob", "Theft Act 1968 s.8(2)", OffenceGroup.Robbery, cjsCode: "TH68025");

    /// <summary>
    /// Theft (Theft Act 1968 s.1, penalty s.7); maximum 7 years (a secondary source quoting s.7). Home Office classes
    /// depend on the circumstances (39 from the person, 40 in a dwelling, 41 by an employee, 46 shoplifting, 49 other;
    /// matched by label). CJS codes too (TH68001 from the person, TH68010 from a shop, TH68020 other), so none is
    /// recorded; use <see cref="TheftFromShop"/> or <see cref="TheftFromThePerson"/> when the source says so.
    /// </summary>
    public static Offence Theft { get; } = new(
        "theft", "theft", "Theft Act 1968 s.1", OffenceGroup.Theft, maximumSentences: Years(7));

    /// <summary>
    /// Theft from a shop, shoplifting (Theft Act 1968 s.1); maximum 7 years as theft. Home Office class 46 (matched by
    /// label). CJS TH68010. How low-value shoplifting is tried is not in the research notes (<b>unverified</b>) and is not
    /// modelled.
    /// </summary>
    public static Offence TheftFromShop { get; } = new(
        "theft-from-shop", "theft from a shop", "Theft Act 1968 s.1", OffenceGroup.Theft, maximumSentences: Years(7), cjsCode: "TH68010");

    /// <summary>Theft from the person (Theft Act 1968 s.1); maximum 7 years as theft. Home Office class 39 (matched by label). CJS TH68001.</summary>
    public static Offence TheftFromThePerson { get; } = new(
        "theft-from-the-person", "theft from the person", "Theft Act 1968 s.1", OffenceGroup.Theft, maximumSentences: Years(7), cjsCode: "TH68001");

    /// <summary>
    /// Handling stolen goods (Theft Act 1968 s.22); maximum 14 years (s.22(2), via a secondary source). Home Office class
    /// 54, which sits in miscellaneous crimes against society, not in theft offences (ONS hierarchy; counting rules for
    /// miscellaneous crimes). CJS TH68073.
    /// </summary>
    public static Offence HandlingStolenGoods { get; } = new(
        "handling-stolen-goods", "handling stolen goods", "Theft Act 1968 s.22", OffenceGroup.MiscellaneousCrimesAgainstSociety,
        maximumSentences: Years(14), cjsCode: "TH68073");

    /// <summary>
    /// Burglary of a dwelling (Theft Act 1968 s.9); maximum 14 years (Sentencing Council, domestic burglary). Home Office
    /// class 28E, burglary residential (28F attempted; the statute-to-class mapping is inferred). Recorded crime says "residential" since 2017, which also covers
    /// outbuildings connected to a home; the statute and the maximum still say "dwelling". CJS TH68026 (with intent to
    /// steal) and TH68036 (and theft), so none is recorded.
    /// </summary>
    public static Offence BurglaryDwelling { get; } = new(
        "burglary-dwelling", "burglary of a dwelling", "Theft Act 1968 s.9", OffenceGroup.Theft, maximumSentences: Years(14));

    /// <summary>
    /// Burglary of a building other than a dwelling (Theft Act 1968 s.9); maximum 10 years (Sentencing Council,
    /// non-domestic burglary). Home Office class 30C, burglary business and community (30D attempted; mapping inferred). CJS TH68027 (with
    /// intent to steal) and TH68037 (and theft), so none is recorded.
    /// </summary>
    public static Offence BurglaryNonDwelling { get; } = new(
        "burglary-non-dwelling", "burglary of a building other than a dwelling", "Theft Act 1968 s.9", OffenceGroup.Theft, maximumSentences: Years(10));

    /// <summary>Aggravated burglary of a dwelling (Theft Act 1968 s.10); maximum life, indictable only. Home Office class 29A (matched by label). CJS TH68045.</summary>
    public static Offence AggravatedBurglaryDwelling { get; } = new(
        "aggravated-burglary-dwelling", "aggravated burglary of a dwelling", "Theft Act 1968 s.10", OffenceGroup.Theft,
        maximumSentences: Life(), cjsCode: "TH68045");

    /// <summary>Aggravated burglary of a building other than a dwelling (Theft Act 1968 s.10); maximum life, indictable only. Home Office class 31A (matched by label). CJS TH68046.</summary>
    public static Offence AggravatedBurglaryNonDwelling { get; } = new(
        "aggravated-burglary-non-dwelling", "aggravated burglary of a building other than a dwelling", "Theft Act 1968 s.10", OffenceGroup.Theft,
        maximumSentences: Life(), cjsCode: "TH68046");

    /// <summary>
    /// Theft of a motor vehicle (Theft Act 1968 s.1); maximum 7 years as theft. Home Office class 48, theft or
    /// unauthorised taking of a motor vehicle (counting-rules sub-code 48/1). CJS TH68013.
    /// </summary>
    public static Offence TheftOfMotorVehicle { get; } = new(
        "theft-of-motor-vehicle", "theft of a motor vehicle", "Theft Act 1968 s.1", OffenceGroup.Theft, maximumSentences: Years(7), cjsCode: "TH68013");

    /// <summary>Theft from a motor vehicle (Theft Act 1968 s.1); maximum 7 years as theft. Home Office class 45 (matched by label). CJS TH68007.</summary>
    public static Offence TheftFromMotorVehicle { get; } = new(
        "theft-from-motor-vehicle", "theft from a motor vehicle", "Theft Act 1968 s.1", OffenceGroup.Theft, maximumSentences: Years(7), cjsCode: "TH68007");

    /// <summary>
    /// Interfering with a motor vehicle (Criminal Attempts Act 1981 s.9): summary only, 3 months. Home Office class 126
    /// (matched by label), in theft offences. CJS CA81001.
    /// </summary>
    public static Offence InterferingWithMotorVehicle { get; } = new(
        "vehicle-interference", "interfering with a motor vehicle", "Criminal Attempts Act 1981 s.9", OffenceGroup.Theft, cjsCode: "CA81001");

    /// <summary>
    /// Taking a conveyance without the owner's consent, "TWOC" (Theft Act 1968 s.12(1)): summary only, 6 months or a
    /// level 5 fine (s.12(2), quoted by ONS). A conveyance carries people by land, water or air (s.12(7)(a)). Home Office
    /// class 48 (counting-rules sub-code 130/1). Aggravated vehicle-taking (s.12A, class 37.2) is a different offence and
    /// is not listed. CJS TH68050.
    /// </summary>
    public static Offence TakingConveyanceWithoutConsent { get; } = new(
        "taking-conveyance-without-consent", "taking a conveyance without the owner's consent", "Theft Act 1968 s.12(1)", OffenceGroup.Theft,
        cjsCode: "TH68050");

    /// <summary>
    /// Fraud by false representation (Fraud Act 2006 ss.1 and 2); maximum 10 years (s.1(3)). Fraud is recorded centrally
    /// (Action Fraud and the National Fraud Intelligence Bureau); its class numbers, and whether the arrests tables call
    /// the group "fraud offences", are <b>unverified</b>. CJS FA06001.
    /// </summary>
    public static Offence FraudByFalseRepresentation { get; } = new(
        "fraud-by-false-representation", "fraud by false representation", "Fraud Act 2006 ss.1 and 2", OffenceGroup.Fraud,
        maximumSentences: Years(10), cjsCode: "FA06001");

    /// <summary>Fraud by failing to disclose information (Fraud Act 2006 ss.1 and 3); maximum 10 years (s.1(3)). Group as <see cref="FraudByFalseRepresentation"/>. CJS FA06002.</summary>
    public static Offence FraudByFailingToDiscloseInformation { get; } = new(
        "fraud-by-failing-to-disclose-information", "fraud by failing to disclose information", "Fraud Act 2006 ss.1 and 3", OffenceGroup.Fraud,
        maximumSentences: Years(10), cjsCode: "FA06002");

    /// <summary>Fraud by abuse of position (Fraud Act 2006 ss.1 and 4); maximum 10 years (s.1(3)). Group as <see cref="FraudByFalseRepresentation"/>. CJS FA06003.</summary>
    public static Offence FraudByAbuseOfPosition { get; } = new(
        "fraud-by-abuse-of-position", "fraud by abuse of position", "Fraud Act 2006 ss.1 and 4", OffenceGroup.Fraud,
        maximumSentences: Years(10), cjsCode: "FA06003");

    /// <summary>
    /// Possession of articles for use in fraud (Fraud Act 2006 s.6); maximum 5 years (Sentencing Council). Home Office
    /// class 33A, making, supplying or possessing articles for use in fraud, in miscellaneous crimes against society. CJS
    /// FA06004.
    /// </summary>
    public static Offence PossessionOfArticlesForUseInFraud { get; } = new(
        "possession-of-articles-for-use-in-fraud", "possession of articles for use in fraud", "Fraud Act 2006 s.6",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(5), cjsCode: "FA06004");

    /// <summary>
    /// Making or supplying articles for use in fraud (Fraud Act 2006 s.7); maximum 10 years (Sentencing Council). Home
    /// Office class 33A, in miscellaneous crimes against society. Its CJS code is not in the research notes.
    /// </summary>
    public static Offence MakingOrSupplyingArticlesForUseInFraud { get; } = new(
        "making-or-supplying-articles-for-use-in-fraud", "making or supplying articles for use in fraud", "Fraud Act 2006 s.7",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(10));

    /// <summary>
    /// Forgery, making a false instrument (Forgery and Counterfeiting Act 1981 s.1, penalty s.6); maximum 10 years (a
    /// secondary copy of s.6). Home Office class 61, other forgery (matched by label), in miscellaneous crimes against
    /// society. CJS FC81002.
    /// </summary>
    public static Offence Forgery { get; } = new(
        "forgery", "forgery", "Forgery and Counterfeiting Act 1981 s.1", OffenceGroup.MiscellaneousCrimesAgainstSociety,
        maximumSentences: Years(10), cjsCode: "FC81002");

    /// <summary>
    /// Acquisition, use and possession of criminal property (Proceeds of Crime Act 2002 s.329); maximum 14 years
    /// (Sentencing Council, money laundering). Home Office class 38, proceeds of crime (matched by label). CJS PC02021.
    /// </summary>
    public static Offence PossessionOfCriminalProperty { get; } = new(
        "possession-of-criminal-property", "possession of criminal property", "Proceeds of Crime Act 2002 s.329",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(14), cjsCode: "PC02021");

    /// <summary>
    /// Concealing, disguising, converting or transferring criminal property (Proceeds of Crime Act 2002 s.327); maximum
    /// 14 years (Sentencing Council). Home Office class 38 (matched by label). CJS PC02020.
    /// </summary>
    public static Offence ConcealingCriminalProperty { get; } = new(
        "concealing-criminal-property", "concealing criminal property", "Proceeds of Crime Act 2002 s.327",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(14), cjsCode: "PC02020");

    /// <summary>
    /// Entering into or becoming concerned in a money laundering arrangement (Proceeds of Crime Act 2002 s.328); maximum
    /// 14 years (Sentencing Council). Home Office class 38 (matched by label). CJS PC02006.
    /// </summary>
    public static Offence MoneyLaunderingArrangement { get; } = new(
        "money-laundering-arrangement", "entering into a money laundering arrangement", "Proceeds of Crime Act 2002 s.328",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(14), cjsCode: "PC02006");
}
