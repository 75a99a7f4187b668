using System.Collections.Frozen;

namespace PolicingModel.Reference;

/// <summary>
/// The twelve Metropolitan Police Basic Command Units (since 2018–19) and the boroughs each covers. Source: the domain
/// notes' grouping of boroughs, which is confirmed; of the area names only South (Bromley, Croydon, Sutton), East
/// (Barking and Dagenham, Havering, Redbridge) and Central North (Camden, Islington) are confirmed, and the rest
/// (Central West, South West, South East, West, Central South, North, Central East, North West, North East) are the
/// names in common use, shipped with <see cref="BasicCommandUnitInfo.NameConfirmed"/> false: unverified.
/// </summary>
/// <remarks>
/// The City of London is in no Met BCU: it has its own force (<see cref="PoliceForce.CityOfLondon"/>), so
/// <see cref="For"/> returns null for it. Every other borough is in exactly one BCU.
/// </remarks>
public static class BasicCommandUnits
{
    /// <summary>Every BCU, in the order of <see cref="BasicCommandUnit"/>.</summary>
    public static EquatableArray<BasicCommandUnitInfo> All { get; } = Enum.GetValues<BasicCommandUnit>().Select(Create).ToEquatableArray();

    private static readonly FrozenDictionary<BasicCommandUnit, BasicCommandUnitInfo> ByUnit = All.ToFrozenDictionary(i => i.Unit);

    private static readonly FrozenDictionary<LondonBorough, BasicCommandUnit> ByBorough =
        All.SelectMany(i => i.Boroughs.Select(b => KeyValuePair.Create(b, i.Unit))).ToFrozenDictionary();

    /// <summary>The reference facts for <paramref name="unit"/>.</summary>
    /// <param name="unit">A defined BCU.</param>
    /// <exception cref="ArgumentOutOfRangeException">The BCU is unset or undefined.</exception>
    public static BasicCommandUnitInfo Info(BasicCommandUnit unit) =>
        ByUnit.TryGetValue(unit, out BasicCommandUnitInfo? info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(unit), unit, $"{unit} is not a defined {nameof(BasicCommandUnit)} value.");

    /// <summary>The BCU that covers <paramref name="borough"/>, or null for the City of London, which is in no Met BCU.</summary>
    /// <param name="borough">A defined borough.</param>
    /// <exception cref="ArgumentOutOfRangeException">The borough is unset or undefined.</exception>
    public static BasicCommandUnit? For(LondonBorough borough)
    {
        Preconditions.CheckDefinedNotDefault(borough);
        return ByBorough.TryGetValue(borough, out BasicCommandUnit unit) ? unit : null;
    }

    /// <summary>The BCU with wire code <paramref name="code"/>, such as <c>bromley-croydon-sutton</c>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="unit">The BCU, when found.</param>
    public static bool TryFromCode(string? code, out BasicCommandUnit unit)
    {
        unit = default;
        return code is not null && WireCodes.TryFromCode(code.AsSpan(), out unit);
    }

    /// <summary>The BCU with wire code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No BCU has that code.</exception>
    public static BasicCommandUnit FromCode(string code) => WireCodes.FromCode<BasicCommandUnit>(code);

    private static BasicCommandUnitInfo Create(BasicCommandUnit unit) => unit switch
    {
        BasicCommandUnit.BromleyCroydonSutton =>
            new(unit, "South", true, [LondonBorough.Bromley, LondonBorough.Croydon, LondonBorough.Sutton]),
        BasicCommandUnit.BarkingDagenhamHaveringRedbridge =>
            new(unit, "East", true, [LondonBorough.BarkingAndDagenham, LondonBorough.Havering, LondonBorough.Redbridge]),
        BasicCommandUnit.CamdenIslington =>
            new(unit, "Central North", true, [LondonBorough.Camden, LondonBorough.Islington]),
        BasicCommandUnit.HammersmithKensingtonWestminster =>
            new(unit, "Central West", false, [LondonBorough.HammersmithAndFulham, LondonBorough.KensingtonAndChelsea, LondonBorough.Westminster]),
        BasicCommandUnit.KingstonMertonRichmondWandsworth =>
            new(unit, "South West", false, [LondonBorough.KingstonUponThames, LondonBorough.Merton, LondonBorough.RichmondUponThames, LondonBorough.Wandsworth]),
        BasicCommandUnit.BexleyGreenwichLewisham =>
            new(unit, "South East", false, [LondonBorough.Bexley, LondonBorough.Greenwich, LondonBorough.Lewisham]),
        BasicCommandUnit.EalingHillingdonHounslow =>
            new(unit, "West", false, [LondonBorough.Ealing, LondonBorough.Hillingdon, LondonBorough.Hounslow]),
        BasicCommandUnit.LambethSouthwark =>
            new(unit, "Central South", false, [LondonBorough.Lambeth, LondonBorough.Southwark]),
        BasicCommandUnit.EnfieldHaringey =>
            new(unit, "North", false, [LondonBorough.Enfield, LondonBorough.Haringey]),
        BasicCommandUnit.HackneyTowerHamlets =>
            new(unit, "Central East", false, [LondonBorough.Hackney, LondonBorough.TowerHamlets]),
        BasicCommandUnit.BarnetBrentHarrow =>
            new(unit, "North West", false, [LondonBorough.Barnet, LondonBorough.Brent, LondonBorough.Harrow]),
        BasicCommandUnit.NewhamWalthamForest =>
            new(unit, "North East", false, [LondonBorough.Newham, LondonBorough.WalthamForest]),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Undefined BCU."),
    };
}
