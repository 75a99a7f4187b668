namespace PolicingModel.Reference;

// Public order (Public Order Act 1986 ss.1-5; Crime and Disorder Act 1998 s.31) and criminal damage and arson (Criminal
// Damage Act 1971 ss.1-2). Home Office classes from the ONS hierarchy and the counting rules for public order offences.
public static partial class Offences
{
    /// <summary>
    /// Riot (Public Order Act 1986 s.1); maximum 10 years, indictable only (Sentencing Council). Its Home Office class is
    /// <b>unverified</b> (probably 66, other offences against the state or public order); the public order group is
    /// inferred. CJS PU86001.
    /// </summary>
    public static Offence Riot { get; } = new(
        "riot", "riot", "Public Order Act 1986 s.1", OffenceGroup.PublicOrder, maximumSentences: Years(10), cjsCode: "PU86001");

    /// <summary>Violent disorder (Public Order Act 1986 s.2); maximum 5 years (Sentencing Council). Home Office class 62A. CJS PU86002.</summary>
    public static Offence ViolentDisorder { get; } = new(
        "violent-disorder", "violent disorder", "Public Order Act 1986 s.2", OffenceGroup.PublicOrder, maximumSentences: Years(5), cjsCode: "PU86002");

    /// <summary>
    /// Affray (Public Order Act 1986 s.3); maximum 3 years (Sentencing Council). Its Home Office class is
    /// <b>unverified</b> (9A or 66, neither seen); the public order group is inferred. CJS PU86003.
    /// </summary>
    public static Offence Affray { get; } = new(
        "affray", "affray", "Public Order Act 1986 s.3", OffenceGroup.PublicOrder, maximumSentences: Years(3), cjsCode: "PU86003");

    /// <summary>
    /// Fear or provocation of violence (Public Order Act 1986 s.4): summary only, 6 months (a secondary source). Home
    /// Office class 9A, public fear, alarm or distress (statistics code 125/11). CJS PU86004.
    /// </summary>
    public static Offence FearOrProvocationOfViolence { get; } = new(
        "fear-or-provocation-of-violence", "causing fear or provocation of violence", "Public Order Act 1986 s.4", OffenceGroup.PublicOrder,
        cjsCode: "PU86004");

    /// <summary>
    /// Intentional harassment, alarm or distress (Public Order Act 1986 s.4A): summary only, 6 months (a secondary
    /// source). Home Office class 9A (statistics code 125/9). CJS PU86116 (words or behaviour) and PU86117 (display), so
    /// none is recorded.
    /// </summary>
    public static Offence IntentionalHarassmentAlarmOrDistress { get; } = new(
        "intentional-harassment-alarm-distress", "intentionally causing harassment, alarm or distress", "Public Order Act 1986 s.4A",
        OffenceGroup.PublicOrder);

    /// <summary>
    /// Harassment, alarm or distress (Public Order Act 1986 s.5): summary only; that it is fine-only (level 3) is widely
    /// stated but <b>unverified</b> against the statute. Home Office class 9A (statistics code 125/12); a reported Home
    /// Office decision to make s.5 non-notifiable is <b>unverified</b> (ONS held no record of it). CJS PU86149 (words or
    /// behaviour) and PU86150 (display), so none is recorded.
    /// </summary>
    public static Offence HarassmentAlarmOrDistress { get; } = new(
        "harassment-alarm-distress", "causing harassment, alarm or distress", "Public Order Act 1986 s.5", OffenceGroup.PublicOrder);

    /// <summary>
    /// Racially or religiously aggravated fear or provocation of violence (Crime and Disorder Act 1998 s.31(1)(a), the
    /// aggravated s.4 offence); maximum 2 years on indictment (legislation.gov.uk). Home Office class 9B. CJS CD98066.
    /// </summary>
    public static Offence RaciallyOrReligiouslyAggravatedFearOrProvocationOfViolence { get; } = new(
        "racially-or-religiously-aggravated-fear-or-provocation", "racially or religiously aggravated fear or provocation of violence",
        "Crime and Disorder Act 1998 s.31(1)(a)", OffenceGroup.PublicOrder, maximumSentences: Years(2), cjsCode: "CD98066");

    /// <summary>
    /// Racially or religiously aggravated intentional harassment, alarm or distress (Crime and Disorder Act 1998
    /// s.31(1)(b), the aggravated s.4A offence); maximum 2 years on indictment. Home Office class 9B. CJS CD98067.
    /// </summary>
    public static Offence RaciallyOrReligiouslyAggravatedIntentionalHarassment { get; } = new(
        "racially-or-religiously-aggravated-intentional-harassment", "racially or religiously aggravated intentional harassment, alarm or distress",
        "Crime and Disorder Act 1998 s.31(1)(b)", OffenceGroup.PublicOrder, maximumSentences: Years(2), cjsCode: "CD98067");

    /// <summary>
    /// Racially or religiously aggravated harassment, alarm or distress (Crime and Disorder Act 1998 s.31(1)(c), the
    /// aggravated s.5 offence): summary only, a level 4 fine. Home Office class 9B. CJS CD98075.
    /// </summary>
    public static Offence RaciallyOrReligiouslyAggravatedHarassmentAlarmOrDistress { get; } = new(
        "racially-or-religiously-aggravated-harassment-alarm-distress", "racially or religiously aggravated harassment, alarm or distress",
        "Crime and Disorder Act 1998 s.31(1)(c)", OffenceGroup.PublicOrder, cjsCode: "CD98075");

    /// <summary>
    /// Criminal damage (Criminal Damage Act 1971 s.1(1)); maximum 10 years on indictment; damage valued at £5,000 or less
    /// is tried summarily, with a 3-month maximum (a secondary source). Home Office classes by target: 58A dwelling, 58B
    /// other building, 58C vehicle, 58D other; 58J racially or religiously aggravated. CJS CD71038 (over £5,000),
    /// CD71039 (£5,000 or less) and CD71040 (value unknown), so none is recorded.
    /// </summary>
    public static Offence CriminalDamage { get; } = new(
        "criminal-damage", "criminal damage", "Criminal Damage Act 1971 s.1(1)", OffenceGroup.CriminalDamageAndArson, maximumSentences: Years(10));

    /// <summary>Arson not endangering life (Criminal Damage Act 1971 s.1(1) and (3)); maximum life (CPS sentencing manual). Home Office class 56B. CJS CD71015.</summary>
    public static Offence Arson { get; } = new(
        "arson", "arson", "Criminal Damage Act 1971 s.1(1) and (3)", OffenceGroup.CriminalDamageAndArson, maximumSentences: Life(), cjsCode: "CD71015");

    /// <summary>
    /// Arson with intent to endanger life or reckless as to whether life is endangered (Criminal Damage Act 1971 s.1(2)
    /// and (3)); maximum life, indictable only. Home Office class 56A. CJS CD71049 (intent) and CD71050 (reckless), so
    /// none is recorded.
    /// </summary>
    public static Offence ArsonEndangeringLife { get; } = new(
        "arson-endangering-life", "arson endangering life", "Criminal Damage Act 1971 s.1(2) and (3)", OffenceGroup.CriminalDamageAndArson,
        maximumSentences: Life());

    /// <summary>
    /// Threatening to destroy or damage property (Criminal Damage Act 1971 s.2); maximum 10 years (Sentencing Council).
    /// Home Office class 59, threat or possession with intent to commit criminal damage (matched by label), which sits in
    /// miscellaneous crimes against society, not in criminal damage and arson. CJS CD71043.
    /// </summary>
    public static Offence ThreatToDestroyOrDamageProperty { get; } = new(
        "threat-to-destroy-or-damage-property", "threatening to destroy or damage property", "Criminal Damage Act 1971 s.2",
        OffenceGroup.MiscellaneousCrimesAgainstSociety, maximumSentences: Years(10), cjsCode: "CD71043");
}
