namespace PolicingModel.Reference;

// Violence against the person (homicide, violence with and without injury, stalking and harassment, modern slavery)
// and sexual offences. Home Office classes from the ONS 2017/18 crime hierarchy and the homicide counting rules.
public static partial class Offences
{
    /// <summary>
    /// Murder (common law); mandatory life imprisonment (CPS sentencing manual). Home Office class 1 (statistics code
    /// 001/01). CJS codes depend on the victim's age (COML025 aged 1 or over, COML026 under 1), so none is recorded.
    /// </summary>
    public static Offence Murder { get; } = new(
        "murder", "murder", "common law", OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Life());

    /// <summary>Manslaughter (common law); maximum life (Sentencing Council). Home Office class 4.1 (statistics code 004/01). CJS COML022.</summary>
    public static Offence Manslaughter { get; } = new(
        "manslaughter", "manslaughter", "common law", OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Life(), cjsCode: "COML022");

    /// <summary>
    /// Attempted murder (Criminal Attempts Act 1981 s.1, of murder at common law); maximum life (Sentencing Council).
    /// Home Office class 2 (matched by label). CJS COML025A. Listed as its own entry, rather than murder with
    /// <see cref="InchoateForm.Attempt"/>, because it has its own class, code and maximum; use one or the other, not both.
    /// </summary>
    public static Offence AttemptedMurder { get; } = new(
        "attempted-murder", "attempted murder", "Criminal Attempts Act 1981 s.1 (murder: common law)", OffenceGroup.ViolenceAgainstThePerson,
        maximumSentences: Life(), cjsCode: "COML025A");

    /// <summary>
    /// Wounding or causing grievous bodily harm with intent (Offences Against the Person Act 1861 s.18); maximum life,
    /// indictable only. Home Office class 5D, assault with intent to cause serious harm (matched by label). CJS OF61016
    /// (wounding) and OF61017 (grievous bodily harm), so none is recorded.
    /// </summary>
    public static Offence WoundingWithIntent { get; } = new(
        "wounding-with-intent", "wounding or causing grievous bodily harm with intent", "Offences Against the Person Act 1861 s.18",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Life());

    /// <summary>
    /// Unlawful (malicious) wounding or inflicting grievous bodily harm (Offences Against the Person Act 1861 s.20);
    /// maximum 5 years (Cambridgeshire Constabulary's offence guide). Home Office class 8N, assault with injury (matched
    /// by label). CJS OF61131.
    /// </summary>
    public static Offence MaliciousWounding { get; } = new(
        "malicious-wounding", "unlawful wounding or inflicting grievous bodily harm", "Offences Against the Person Act 1861 s.20",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Years(5), cjsCode: "OF61131");

    /// <summary>
    /// Assault occasioning actual bodily harm (Offences Against the Person Act 1861 s.47); maximum 5 years (as s.20).
    /// Home Office class 8N (matched by label). CJS OF61102.
    /// </summary>
    public static Offence AssaultOccasioningActualBodilyHarm { get; } = new(
        "assault-occasioning-actual-bodily-harm", "assault occasioning actual bodily harm", "Offences Against the Person Act 1861 s.47",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Years(5), cjsCode: "OF61102");

    /// <summary>
    /// Common assault or battery (Criminal Justice Act 1988 s.39): summary only, 6 months, so no maximum on indictment is
    /// recorded. Home Office class 105A, assault without injury (matched by label). CJS CJ88001 (common assault) and
    /// CJ88116 (assault by beating), so none is recorded.
    /// </summary>
    public static Offence CommonAssault { get; } = new(
        "common-assault", "common assault", "Criminal Justice Act 1988 s.39", OffenceGroup.ViolenceAgainstThePerson);

    /// <summary>
    /// Common assault or battery of an emergency worker (Assaults on Emergency Workers (Offences) Act 2018 s.1); either
    /// way, maximum on indictment 2 years from 28 June 2022 (Police, Crime, Sentencing and Courts Act 2022), 12 months
    /// before (as enacted). No separate Home Office class was found (assaults on a constable are classes 104 and 8S), so
    /// its class is <b>unverified</b>; it is placed in violence against the person. CJS CJ88159 (common assault) and
    /// CJ88160 (battery).
    /// </summary>
    public static Offence AssaultOnEmergencyWorker { get; } = new(
        "assault-on-emergency-worker", "assaulting an emergency worker", "Assaults on Emergency Workers (Offences) Act 2018 s.1",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Years(2));

    /// <summary>
    /// Assaulting a constable (or a person assisting one) in the execution of duty (Police Act 1996 s.89(1)): summary
    /// only, 6 months or a level 5 fine (legislation.gov.uk), so no maximum on indictment is recorded. Home Office class
    /// 104 or 8S, assault on a constable without or with injury (matched by label). CJS PL96001.
    /// </summary>
    public static Offence AssaultOnConstable { get; } = new(
        "assault-on-constable", "assaulting a constable in the execution of duty", "Police Act 1996 s.89(1)",
        OffenceGroup.ViolenceAgainstThePerson, cjsCode: "PL96001");

    /// <summary>
    /// Harassment without violence (Protection from Harassment Act 1997 s.2): summary only, 6 months. Home Office class
    /// 8L (matched by label). CJS PH97004.
    /// </summary>
    public static Offence Harassment { get; } = new(
        "harassment", "harassment", "Protection from Harassment Act 1997 s.2", OffenceGroup.ViolenceAgainstThePerson, cjsCode: "PH97004");

    /// <summary>
    /// Racially or religiously aggravated harassment (Crime and Disorder Act 1998 s.32, the aggravated form of the
    /// Protection from Harassment Act 1997 s.2 offence); maximum 2 years on indictment (legislation.gov.uk; the
    /// aggravated form of the s.4 offence, putting people in fear of violence, carries 14 and is not listed). Home Office
    /// class 8M. Its CJS code is not in the research notes.
    /// </summary>
    public static Offence RaciallyOrReligiouslyAggravatedHarassment { get; } = new(
        "racially-or-religiously-aggravated-harassment", "racially or religiously aggravated harassment", "Crime and Disorder Act 1998 s.32",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Years(2));

    /// <summary>
    /// Stalking (Protection from Harassment Act 1997 s.2A): summary only, 51 weeks read as 6 months until Criminal Justice
    /// Act 2003 s.281(5) is in force (secondary sources; the Home Office counting rules changelog gives 6 months). Home
    /// Office class 8Q (matched by label). CJS PH97006.
    /// </summary>
    public static Offence Stalking { get; } = new(
        "stalking", "stalking", "Protection from Harassment Act 1997 s.2A", OffenceGroup.ViolenceAgainstThePerson, cjsCode: "PH97006");

    /// <summary>
    /// Controlling or coercive behaviour in an intimate or family relationship (Serious Crime Act 2015 s.76); maximum 5
    /// years (the statutory guidance); in force from 29 December 2015 (a secondary source). Its Home Office class is
    /// <b>unverified</b> (it is not in the 2017/18 hierarchy), so the group, violence against the person, is inferred.
    /// CJS SC15004.
    /// </summary>
    public static Offence ControllingOrCoerciveBehaviour { get; } = new(
        "controlling-or-coercive-behaviour", "controlling or coercive behaviour in an intimate or family relationship", "Serious Crime Act 2015 s.76",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Years(5), cjsCode: "SC15004");

    /// <summary>Threats to kill (Offences Against the Person Act 1861 s.16); maximum 10 years (Sentencing Council). Home Office class 3B. CJS OF61014.</summary>
    public static Offence ThreatsToKill { get; } = new(
        "threats-to-kill", "making threats to kill", "Offences Against the Person Act 1861 s.16", OffenceGroup.ViolenceAgainstThePerson,
        maximumSentences: Years(10), cjsCode: "OF61014");

    /// <summary>
    /// Holding a person in slavery or servitude, or requiring forced or compulsory labour (Modern Slavery Act 2015 s.1);
    /// maximum life (s.5). Home Office class 106, modern slavery (matched by label). CJS MS15001 (slavery or servitude)
    /// and MS15002 (forced labour), so none is recorded.
    /// </summary>
    public static Offence SlaveryServitudeForcedLabour { get; } = new(
        "slavery-servitude-forced-labour", "holding a person in slavery or servitude, or requiring forced or compulsory labour", "Modern Slavery Act 2015 s.1",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Life());

    /// <summary>
    /// Human trafficking: arranging or facilitating travel with a view to exploitation (Modern Slavery Act 2015 s.2);
    /// maximum life (s.5). Home Office class 106 (matched by label). CJS MS15003.
    /// </summary>
    public static Offence HumanTrafficking { get; } = new(
        "human-trafficking", "arranging or facilitating the travel of another person with a view to exploitation", "Modern Slavery Act 2015 s.2",
        OffenceGroup.ViolenceAgainstThePerson, maximumSentences: Life(), cjsCode: "MS15003");

    /// <summary>
    /// Rape of a person aged 13 or over (Sexual Offences Act 2003 s.1); maximum life, indictable only (CPS sentencing
    /// manual). Home Office classes 19C, 19D, 19F and 19G by the victim's sex and age (matched by label). CJS codes by
    /// victim (SX03001 girl 13 to 15, SX03002 woman, SX03003 boy 13 to 15, SX03004 man), so none is recorded.
    /// </summary>
    public static Offence Rape { get; } = new(
        "rape", "rape", "Sexual Offences Act 2003 s.1", OffenceGroup.SexualOffences, maximumSentences: Life());

    /// <summary>
    /// Rape of a child under 13 (Sexual Offences Act 2003 s.5); maximum life (CPS sentencing manual). Home Office classes
    /// 19E and 19H (matched by label). CJS SX03013 (girl) and SX03014 (boy), so none is recorded.
    /// </summary>
    public static Offence RapeOfChildUnder13 { get; } = new(
        "rape-of-child-under-13", "rape of a child under 13", "Sexual Offences Act 2003 s.5", OffenceGroup.SexualOffences, maximumSentences: Life());

    /// <summary>
    /// Sexual assault by touching, of a person aged 13 or over (Sexual Offences Act 2003 s.3); either way, maximum 10
    /// years on indictment (Sentencing Council). Home Office classes 20A (female) and 17A (male) (matched by label); a
    /// victim under 13 is s.7, not listed. CJS SX03007 (female) and SX03008 (male), so none is recorded.
    /// </summary>
    public static Offence SexualAssault { get; } = new(
        "sexual-assault", "sexual assault", "Sexual Offences Act 2003 s.3", OffenceGroup.SexualOffences, maximumSentences: Years(10));
}
