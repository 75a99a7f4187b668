namespace PolicingModel;

/// <summary>The kind of a weapon seized.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum WeaponKind
{
    /// <summary>A knife.</summary>
    Knife = 1,

    /// <summary>Another bladed or pointed article (machete, sword, screwdriver carried as a weapon).</summary>
    OtherBladedArticle,

    /// <summary>A firearm (Firearms Act 1968 s.57).</summary>
    Firearm,

    /// <summary>An air weapon.</summary>
    AirWeapon,

    /// <summary>An imitation firearm.</summary>
    ImitationFirearm,

    /// <summary>Ammunition.</summary>
    Ammunition,

    /// <summary>A corrosive substance carried as a weapon.</summary>
    CorrosiveSubstance,

    /// <summary>Any other offensive weapon (knuckledusters, batons, and so on).</summary>
    OtherOffensiveWeapon,
}
