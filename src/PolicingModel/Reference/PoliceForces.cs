using System.Collections.Frozen;

namespace PolicingModel.Reference;

/// <summary>
/// The 43 territorial police forces of England and Wales (39 in England, 4 in Wales) and the three special forces
/// (British Transport Police, Civil Nuclear Constabulary, Ministry of Defence Police), with their data.police.uk force
/// ids. Sources: the domain notes' list of forces; data.police.uk force ids (slugs such as <c>metropolitan</c>,
/// <c>avon-and-somerset</c>, <c>kent</c>; <c>btp</c> for British Transport Police), checked against a published copy
/// of the data.police.uk forces list. data.police.uk also lists Northern Ireland (<c>northern-ireland</c>), which is
/// outside England and Wales and not modelled.
/// </summary>
/// <remarks>Codes are those of <see cref="WireCodes"/>; lookups are case-sensitive. Safe to use from any thread.</remarks>
public static class PoliceForces
{
    /// <summary>The number of territorial forces in England and Wales.</summary>
    public const int TerritorialCount = 43;

    /// <summary>Every force, in the order of <see cref="PoliceForce"/> (territorial forces first, then the special forces).</summary>
    public static EquatableArray<PoliceForceInfo> All { get; } = Enum.GetValues<PoliceForce>().Select(Create).ToEquatableArray();

    private static readonly FrozenDictionary<PoliceForce, PoliceForceInfo> ByForce = All.ToFrozenDictionary(i => i.Force);

    /// <summary>The reference facts for <paramref name="force"/>.</summary>
    /// <param name="force">A defined force.</param>
    /// <exception cref="ArgumentOutOfRangeException">The force is unset or undefined.</exception>
    public static PoliceForceInfo Info(PoliceForce force) =>
        ByForce.TryGetValue(force, out PoliceForceInfo? info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(force), force, $"{force} is not a defined {nameof(PoliceForce)} value.");

    /// <summary>The force with data.police.uk id (wire code) <paramref name="code"/>, such as <c>avon-and-somerset</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="force">The force, when found.</param>
    public static bool TryFromCode(string? code, out PoliceForce force)
    {
        force = default;
        return code is not null && WireCodes.TryFromCode(code.AsSpan(), out force);
    }

    /// <summary>The force with data.police.uk id (wire code) <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No force has that code.</exception>
    public static PoliceForce FromCode(string code) => WireCodes.FromCode<PoliceForce>(code);

    /// <summary>
    /// Finds a force by name as sources write it, ignoring case, surrounding and repeated white space, hyphens, and
    /// "&amp;" for "and", with or without a trailing "Police", "Police Service" or "Constabulary": "Avon &amp; Somerset",
    /// "Avon and Somerset Constabulary", "Kent Police", "Metropolitan Police Service" and "dyfed powys" all match, as do
    /// the abbreviations "the Met", "Met", "BTP", "CNC" and "MDP". The wire code is accepted too.
    /// </summary>
    /// <remarks>
    /// The suffix is not checked against the force's official title ("Kent Constabulary" matches Kent): use this to
    /// read text, not to validate it.
    /// </remarks>
    /// <param name="name">The name.</param>
    /// <param name="force">The force, when found.</param>
    public static bool TryFromName(string? name, out PoliceForce force)
    {
        force = default;
        if (name is null)
        {
            return false;
        }
        string key = NormaliseName(name);
        if (ByName.TryGetValue(key, out force))
        {
            return true;
        }
        foreach (string suffix in (string[])[" police service", " police", " constabulary"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && ByName.TryGetValue(key[..^suffix.Length], out force))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenDictionary<string, PoliceForce> ByName = BuildNameTable();

    private static FrozenDictionary<string, PoliceForce> BuildNameTable()
    {
        var table = new Dictionary<string, PoliceForce>(StringComparer.Ordinal);
        foreach (PoliceForceInfo info in All)
        {
            table[NormaliseName(info.Name)] = info.Force;
            table[NormaliseName(info.Code)] = info.Force;
        }
        table.Add("met", PoliceForce.Metropolitan);
        table.Add("the met", PoliceForce.Metropolitan);
        table.Add("cnc", PoliceForce.CivilNuclearConstabulary);
        table.Add("mdp", PoliceForce.MinistryOfDefencePolice);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string NormaliseName(string name) =>
        string.Join(' ', name.Replace("&", " and ", StringComparison.Ordinal).Replace('-', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static PoliceForceInfo Create(PoliceForce force) => force switch
    {
        PoliceForce.BritishTransportPolice => new(force, "British Transport Police", PoliceForceKind.Special, ForceCountry.EnglandAndWales, onDataPoliceUk: true),
        PoliceForce.CivilNuclearConstabulary => new(force, "Civil Nuclear Constabulary", PoliceForceKind.Special, ForceCountry.EnglandAndWales, onDataPoliceUk: false),
        PoliceForce.MinistryOfDefencePolice => new(force, "Ministry of Defence Police", PoliceForceKind.Special, ForceCountry.EnglandAndWales, onDataPoliceUk: false),
        PoliceForce.DyfedPowys => new(force, "Dyfed-Powys", PoliceForceKind.Territorial, ForceCountry.Wales, onDataPoliceUk: true),
        PoliceForce.Gwent or PoliceForce.NorthWales or PoliceForce.SouthWales =>
            new(force, TerritorialName(force), PoliceForceKind.Territorial, ForceCountry.Wales, onDataPoliceUk: true),
        _ => new(force, TerritorialName(force), PoliceForceKind.Territorial, ForceCountry.England, onDataPoliceUk: true),
    };

    // Territorial names are the area names of the domain notes; each is the member name split into words, with "and"
    // in lower case ("AvonAndSomerset" is "Avon and Somerset"). Spelled out in full so that a renamed member can never
    // change a display name.
    private static string TerritorialName(PoliceForce force) => force switch
    {
        PoliceForce.AvonAndSomerset => "Avon and Somerset",
        PoliceForce.Bedfordshire => "Bedfordshire",
        PoliceForce.Cambridgeshire => "Cambridgeshire",
        PoliceForce.Cheshire => "Cheshire",
        PoliceForce.CityOfLondon => "City of London",
        PoliceForce.Cleveland => "Cleveland",
        PoliceForce.Cumbria => "Cumbria",
        PoliceForce.Derbyshire => "Derbyshire",
        PoliceForce.DevonAndCornwall => "Devon and Cornwall",
        PoliceForce.Dorset => "Dorset",
        PoliceForce.Durham => "Durham",
        PoliceForce.Essex => "Essex",
        PoliceForce.Gloucestershire => "Gloucestershire",
        PoliceForce.GreaterManchester => "Greater Manchester",
        PoliceForce.Hampshire => "Hampshire",
        PoliceForce.Hertfordshire => "Hertfordshire",
        PoliceForce.Humberside => "Humberside",
        PoliceForce.Kent => "Kent",
        PoliceForce.Lancashire => "Lancashire",
        PoliceForce.Leicestershire => "Leicestershire",
        PoliceForce.Lincolnshire => "Lincolnshire",
        PoliceForce.Merseyside => "Merseyside",
        PoliceForce.Metropolitan => "Metropolitan",
        PoliceForce.Norfolk => "Norfolk",
        PoliceForce.Northamptonshire => "Northamptonshire",
        PoliceForce.Northumbria => "Northumbria",
        PoliceForce.NorthYorkshire => "North Yorkshire",
        PoliceForce.Nottinghamshire => "Nottinghamshire",
        PoliceForce.SouthYorkshire => "South Yorkshire",
        PoliceForce.Staffordshire => "Staffordshire",
        PoliceForce.Suffolk => "Suffolk",
        PoliceForce.Surrey => "Surrey",
        PoliceForce.Sussex => "Sussex",
        PoliceForce.ThamesValley => "Thames Valley",
        PoliceForce.Warwickshire => "Warwickshire",
        PoliceForce.WestMercia => "West Mercia",
        PoliceForce.WestMidlands => "West Midlands",
        PoliceForce.WestYorkshire => "West Yorkshire",
        PoliceForce.Wiltshire => "Wiltshire",
        PoliceForce.Gwent => "Gwent",
        PoliceForce.NorthWales => "North Wales",
        PoliceForce.SouthWales => "South Wales",
        _ => throw new ArgumentOutOfRangeException(nameof(force), force, "Not a territorial force."),
    };
}
