namespace PolicingModel.Reference;

// Possession of weapons: Criminal Justice Act 1988 ss.139-139AA, Prevention of Crime Act 1953 ss.1-1A, Firearms Act
// 1968 ss.1, 5, 16 and 19. Maxima from Firearms Act 1968 Sch.6, the Sentencing Council and the CPS sentencing manual.
public static partial class Offences
{
    /// <summary>
    /// Having a bladed or pointed article in a public place (Criminal Justice Act 1988 s.139); maximum 4 years
    /// (Sentencing Council). Home Office class 10D (matched by label). CJS CJ88144.
    /// </summary>
    public static Offence BladedArticleInPublic { get; } = new(
        "bladed-article-in-public", "having a bladed or pointed article in a public place", "Criminal Justice Act 1988 s.139",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "CJ88144");

    /// <summary>
    /// Having an offensive weapon in a public place (Prevention of Crime Act 1953 s.1); maximum 4 years (Sentencing
    /// Council). Home Office class 10C, possession of other weapons (matched by label). CJS PC53001.
    /// </summary>
    public static Offence OffensiveWeaponInPublic { get; } = new(
        "offensive-weapon-in-public", "having an offensive weapon in a public place", "Prevention of Crime Act 1953 s.1",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "PC53001");

    /// <summary>
    /// Having a bladed or pointed article on school or further education premises (Criminal Justice Act 1988
    /// s.139A(1)); maximum 4 years (Sentencing Council). Home Office class 10D (matched by label). CJS CJ88152.
    /// </summary>
    public static Offence BladedArticleOnSchoolPremises { get; } = new(
        "bladed-article-on-school-premises", "having a bladed or pointed article on school premises", "Criminal Justice Act 1988 s.139A(1)",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "CJ88152");

    /// <summary>
    /// Having an offensive weapon on school or further education premises (Criminal Justice Act 1988 s.139A(2));
    /// maximum 4 years (Sentencing Council). Home Office class 10C (matched by label). CJS CJ88151.
    /// </summary>
    public static Offence OffensiveWeaponOnSchoolPremises { get; } = new(
        "offensive-weapon-on-school-premises", "having an offensive weapon on school premises", "Criminal Justice Act 1988 s.139A(2)",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "CJ88151");

    /// <summary>
    /// Threatening a person with a bladed or pointed article in a public place or on school premises (Criminal Justice
    /// Act 1988 s.139AA); maximum 4 years, with a minimum of 6 months for an offender aged 18 or over (Sentencing
    /// Council; legislation.gov.uk). Its Home Office class is <b>unverified</b>. CJS CJ88154.
    /// </summary>
    public static Offence ThreateningWithBladedArticle { get; } = new(
        "threatening-with-bladed-article", "threatening a person with a bladed or pointed article", "Criminal Justice Act 1988 s.139AA",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "CJ88154");

    /// <summary>
    /// Threatening a person with an offensive weapon in a public place (Prevention of Crime Act 1953 s.1A); maximum 4
    /// years, with a minimum of 6 months for an adult (Sentencing Council). Its Home Office class is <b>unverified</b>.
    /// CJS PC53003.
    /// </summary>
    public static Offence ThreateningWithOffensiveWeapon { get; } = new(
        "threatening-with-offensive-weapon", "threatening a person with an offensive weapon", "Prevention of Crime Act 1953 s.1A",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(4), cjsCode: "PC53003");

    /// <summary>
    /// Possessing a firearm without a firearm certificate (Firearms Act 1968 s.1); maximum 5 years, 7 in the aggravated
    /// form (Sch.6, legislation.gov.uk; the 5-year figure is the one recorded). Home Office class 10B, possession of
    /// firearms offences (matched by label). CJS FI68001.
    /// </summary>
    public static Offence FirearmWithoutCertificate { get; } = new(
        "possession-of-firearm-without-certificate", "possessing a firearm without a certificate", "Firearms Act 1968 s.1",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(5), cjsCode: "FI68001");

    /// <summary>
    /// Possessing a prohibited weapon (Firearms Act 1968 s.5), for a source that does not say which paragraph; maximum 10
    /// years (Sch.6). Use <see cref="ProhibitedShortFirearm"/> or <see cref="ProhibitedNoxiousOrElectricalWeapon"/> when
    /// it does. Home Office class 10B (matched by label). No single CJS code.
    /// </summary>
    public static Offence ProhibitedWeapon { get; } = new(
        "possession-of-prohibited-weapon", "possessing a prohibited weapon", "Firearms Act 1968 s.5",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(10));

    /// <summary>
    /// Possessing a prohibited firearm with a barrel under 30 cm or an overall length under 60 cm, in practice a modern
    /// handgun (Firearms Act 1968 s.5(1)(aba)); maximum 10 years, indictable only, and a minimum sentence under s.51A (5
    /// years for an adult) (Sentencing Council; legislation.gov.uk). Home Office class 10B. CJS FI68421.
    /// </summary>
    public static Offence ProhibitedShortFirearm { get; } = new(
        "possession-of-prohibited-short-firearm", "possessing a prohibited firearm with a barrel under 30 cm or a length under 60 cm",
        "Firearms Act 1968 s.5(1)(aba)", OffenceGroup.PossessionOfWeapons, maximumSentences: Years(10), cjsCode: "FI68421");

    /// <summary>
    /// Possessing a weapon designed or adapted to discharge a noxious liquid, gas or other thing, which includes CS and
    /// pepper sprays (Hansard written answers, 1992 and 1995) and stun guns and other electrical incapacitation devices
    /// (CPS firearms guidance) (Firearms Act 1968 s.5(1)(b)); maximum 10 years (Sch.6), either way, and not among the
    /// s.51A minimum-sentence provisions. Home Office class 10B. CJS FI68247.
    /// </summary>
    public static Offence ProhibitedNoxiousOrElectricalWeapon { get; } = new(
        "possession-of-prohibited-noxious-or-electrical-weapon", "possessing a prohibited weapon designed to discharge a noxious substance or electricity",
        "Firearms Act 1968 s.5(1)(b)", OffenceGroup.PossessionOfWeapons, maximumSentences: Years(10), cjsCode: "FI68247");

    /// <summary>
    /// Possessing a firearm with intent to endanger life (Firearms Act 1968 s.16); maximum life, indictable only (CPS
    /// sentencing manual). Home Office class 10A, possession of firearms with intent (matched by label). CJS FI68059.
    /// </summary>
    public static Offence FirearmWithIntentToEndangerLife { get; } = new(
        "possession-of-firearm-with-intent-to-endanger-life", "possessing a firearm with intent to endanger life", "Firearms Act 1968 s.16",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Life(), cjsCode: "FI68059");

    /// <summary>
    /// Having a firearm in a public place, loaded or with ammunition (Firearms Act 1968 s.19), other than an imitation or
    /// an air weapon (see <see cref="ImitationFirearmInPublicPlace"/>, <see cref="AirWeaponInPublicPlace"/>); maximum 7
    /// years (Sentencing Council; CPS). Its Home Office class (10B or 81, other firearms offences) is <b>unverified</b>.
    /// CJS FI68377 (firearm and ammunition) and FI68089 (loaded shotgun), so none is recorded.
    /// </summary>
    public static Offence FirearmInPublicPlace { get; } = new(
        "carrying-firearm-in-public-place", "having a firearm in a public place", "Firearms Act 1968 s.19",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(7));

    /// <summary>
    /// Having an imitation firearm in a public place (Firearms Act 1968 s.19); either way, maximum 12 months (Sentencing
    /// Council; CPS), recorded as 1 year. Its Home Office class is <b>unverified</b>. CJS FI68435.
    /// </summary>
    public static Offence ImitationFirearmInPublicPlace { get; } = new(
        "carrying-imitation-firearm-in-public-place", "having an imitation firearm in a public place", "Firearms Act 1968 s.19",
        OffenceGroup.PossessionOfWeapons, maximumSentences: Years(1), cjsCode: "FI68435");

    /// <summary>
    /// Having an air weapon in a public place (Firearms Act 1968 s.19): summary only, 6 months (Sentencing Council; CPS).
    /// Its Home Office class is <b>unverified</b>. CJS FI68378.
    /// </summary>
    public static Offence AirWeaponInPublicPlace { get; } = new(
        "carrying-air-weapon-in-public-place", "having an air weapon in a public place", "Firearms Act 1968 s.19",
        OffenceGroup.PossessionOfWeapons, cjsCode: "FI68378");
}
