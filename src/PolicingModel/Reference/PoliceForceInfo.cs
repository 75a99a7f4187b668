namespace PolicingModel.Reference;

/// <summary>Reference facts about one police force: its wire code (the data.police.uk force id), name, kind and country.</summary>
/// <remarks>Instances come from <see cref="PoliceForces"/>. Value equality over all members.</remarks>
public sealed record PoliceForceInfo
{
    internal PoliceForceInfo(PoliceForce force, string name, PoliceForceKind kind, ForceCountry country, bool onDataPoliceUk)
    {
        Force = force;
        Code = WireCodes.ToCode(force);
        Name = name;
        Kind = kind;
        Country = country;
        IsOnDataPoliceUk = onDataPoliceUk;
    }

    /// <summary>The force.</summary>
    public PoliceForce Force { get; }

    /// <summary>
    /// The stable wire code, the same as <see cref="WireCodes.ToCode{TEnum}"/>: the force id used by data.police.uk
    /// (<c>metropolitan</c>, <c>avon-and-somerset</c>, <c>btp</c>), or for a force not on data.police.uk (see
    /// <see cref="IsOnDataPoliceUk"/>) its name in kebab case.
    /// </summary>
    public string Code { get; }

    /// <summary>
    /// The short display name: for a territorial force the name of its force area as the domain notes write it, with
    /// "&amp;" spelled "and" ("Avon and Somerset", "Metropolitan", "Dyfed-Powys"), without "Police" or "Constabulary";
    /// for a special force, which has no area, its full name ("British Transport Police").
    /// </summary>
    public string Name { get; }

    /// <summary>Territorial or special.</summary>
    public PoliceForceKind Kind { get; }

    /// <summary>England, Wales, or England and Wales for the special forces.</summary>
    public ForceCountry Country { get; }

    /// <summary>
    /// True when data.police.uk publishes the force under <see cref="Code"/>: every territorial force and British
    /// Transport Police; false for the Civil Nuclear Constabulary and the Ministry of Defence Police, whose codes are
    /// the library's own.
    /// </summary>
    public bool IsOnDataPoliceUk { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
