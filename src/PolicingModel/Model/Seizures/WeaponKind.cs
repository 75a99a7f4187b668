namespace PolicingModel;

/// <summary>The kind of a weapon seized.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum WeaponKind
{
    /// <summary>A knife.</summary>
    [WireCode("knife")]
    Knife = 1,

    /// <summary>Another bladed or pointed article (machete, sword, screwdriver carried as a weapon).</summary>
    [WireCode("other-bladed-article")]
    OtherBladedArticle,

    /// <summary>A firearm (Firearms Act 1968 s.57).</summary>
    [WireCode("firearm")]
    Firearm,

    /// <summary>An air weapon.</summary>
    [WireCode("air-weapon")]
    AirWeapon,

    /// <summary>An imitation firearm.</summary>
    [WireCode("imitation-firearm")]
    ImitationFirearm,

    /// <summary>Ammunition.</summary>
    [WireCode("ammunition")]
    Ammunition,

    /// <summary>A corrosive substance carried as a weapon.</summary>
    [WireCode("corrosive-substance")]
    CorrosiveSubstance,

    /// <summary>Any other offensive weapon (knuckledusters, batons, and so on).</summary>
    [WireCode("other-offensive-weapon")]
    OtherOffensiveWeapon,
}
