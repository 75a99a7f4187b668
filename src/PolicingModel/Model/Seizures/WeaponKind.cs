namespace PolicingModel;

/// <summary>The kind of a weapon seized.</summary>
/// <remarks>
/// <para>Zero is not a kind: it is the "unset" value and records reject it.</para>
/// <para>
/// The firearm kinds follow the principal-weapon categories of the Home Office and ONS firearm statistics (handgun,
/// shotgun, sawn-off shotgun, rifle, imitation, air weapon; converted and reactivated handguns as sub-rows); use
/// <see cref="Firearm"/> when the kind of firearm is not stated. The bladed and other offensive weapons named here are
/// those on the Criminal Justice Act 1988 s.141 list (Criminal Justice Act 1988 (Offensive Weapons) Order 1988, SI
/// 1988/2019, as amended), whose possession is an offence even in private from 14 July 2021 (Offensive Weapons Act 2019
/// s.46), and the machete, which is not on that list unless "zombie-style".
/// </para>
/// </remarks>
public enum WeaponKind
{
    /// <summary>A knife.</summary>
    [WireCode("knife")]
    Knife = 1,

    /// <summary>Another bladed or pointed article (sword, screwdriver carried as a weapon), within Criminal Justice Act 1988 s.139.</summary>
    [WireCode("other-bladed-article")]
    OtherBladedArticle,

    /// <summary>A firearm (Firearms Act 1968 s.57) of a kind not stated.</summary>
    [WireCode("firearm")]
    Firearm,

    /// <summary>An air weapon.</summary>
    [WireCode("air-weapon")]
    AirWeapon,

    /// <summary>
    /// An imitation firearm: anything with the appearance of a firearm, whether or not it can discharge a missile
    /// (Firearms Act 1968, as restated in the Violent Crime Reduction Act 2006 explanatory notes).
    /// </summary>
    [WireCode("imitation-firearm")]
    ImitationFirearm,

    /// <summary>Ammunition.</summary>
    [WireCode("ammunition")]
    Ammunition,

    /// <summary>A corrosive substance carried as a weapon (an offence in a public place under Offensive Weapons Act 2019 s.6).</summary>
    [WireCode("corrosive-substance")]
    CorrosiveSubstance,

    /// <summary>Any other offensive weapon (batons, and so on): one made, adapted or intended for causing injury (Prevention of Crime Act 1953 s.1).</summary>
    [WireCode("other-offensive-weapon")]
    OtherOffensiveWeapon,

    /// <summary>
    /// A handgun (a firearm statistics category). A firearm with a barrel under 30 cm or an overall length under 60 cm,
    /// which in practice means a modern handgun, is a prohibited weapon (Firearms Act 1968 s.5(1)(aba)).
    /// </summary>
    [WireCode("handgun")]
    Handgun,

    /// <summary>A shotgun, other than a sawn-off one (a firearm statistics category: long-barrelled shotgun).</summary>
    [WireCode("shotgun")]
    Shotgun,

    /// <summary>A sawn-off shotgun (a firearm statistics category).</summary>
    [WireCode("sawn-off-shotgun")]
    SawnOffShotgun,

    /// <summary>A rifle (a firearm statistics category).</summary>
    [WireCode("rifle")]
    Rifle,

    /// <summary>
    /// A converted firearm: an imitation or other object that was not a firearm, modified to fire live ammunition (a
    /// sub-row of the handgun statistics; the definition is from a campaign group's guidance and is <b>unverified</b>
    /// against an official source).
    /// </summary>
    [WireCode("converted-firearm")]
    ConvertedFirearm,

    /// <summary>
    /// A reactivated firearm: a deactivated firearm restored to firing (a sub-row of the handgun statistics; the
    /// definition is from a campaign group's guidance and is <b>unverified</b> against an official source).
    /// </summary>
    [WireCode("reactivated-firearm")]
    ReactivatedFirearm,

    /// <summary>
    /// A deactivated (decommissioned) firearm: one that was a firearm but has been made incapable of firing, which in
    /// law is an imitation firearm, though not a "realistic imitation" (Violent Crime Reduction Act 2006 s.38, per its
    /// explanatory notes).
    /// </summary>
    [WireCode("deactivated-firearm")]
    DeactivatedFirearm,

    /// <summary>
    /// A BB gun or soft air (airsoft) gun: counted in the Home Office firearm offence tables (Hansard, 27 March 2009),
    /// though one firing a small plastic missile below the kinetic-energy limits is not a "firearm" (CPS firearms
    /// guidance).
    /// </summary>
    [WireCode("bb-or-soft-air-gun")]
    BbOrSoftAirGun,

    /// <summary>
    /// A stun gun or other electrical incapacitation device, such as a Taser: a prohibited weapon (Firearms Act 1968
    /// s.5(1)(b); a disguised one also s.5(1A)(a); CPS firearms guidance).
    /// </summary>
    [WireCode("stun-gun")]
    StunGun,

    /// <summary>
    /// A CS gas or pepper spray: a weapon designed to discharge a noxious liquid or gas, so a prohibited weapon (Firearms
    /// Act 1968 s.5(1)(b); Hansard written answers, 19 October 1992 and 28 April 1995). Firearm statistics count them as
    /// firearms (a commentary on the 2007/08 bulletin); under which category is <b>unverified</b>.
    /// </summary>
    [WireCode("cs-or-pepper-spray")]
    CsOrPepperSpray,

    /// <summary>
    /// A machete that is not zombie-style: not on the s.141 list, but a bladed article in a public place (Criminal
    /// Justice Act 1988 s.139). A zombie-style machete is <see cref="ZombieStyleKnife"/>.
    /// </summary>
    [WireCode("machete")]
    Machete,

    /// <summary>
    /// A zombie knife or zombie-style knife or machete, on the s.141 list: the "zombie knife" (cutting edge, serrated edge
    /// and images or words suggesting violence; SI 2016/803, from 18 August 2016), and from 24 September 2024 a bladed
    /// article over 8 inches with a plain cutting edge and a sharp point plus a serrated edge, more than one hole,
    /// spikes or more than two sharp points (SI 2024/583).
    /// </summary>
    [WireCode("zombie-style-knife")]
    ZombieStyleKnife,

    /// <summary>A knuckleduster: a band of metal or other hard material worn on the fingers to injure (s.141 list, SI 1988/2019 Sch. para 1(a)).</summary>
    [WireCode("knuckleduster")]
    Knuckleduster,

    /// <summary>A throwing star, shuriken or "death star" (s.141 list, SI 1988/2019 Sch. para 1(h)).</summary>
    [WireCode("throwing-star")]
    ThrowingStar,

    /// <summary>A butterfly knife or balisong (s.141 list, SI 1988/2019 Sch. para 1(i)).</summary>
    [WireCode("butterfly-knife")]
    ButterflyKnife,

    /// <summary>A telescopic truncheon (s.141 list, SI 1988/2019 Sch. para 1(j)).</summary>
    [WireCode("telescopic-truncheon")]
    TelescopicTruncheon,
}
