using System.Globalization;

namespace PolicingModel.Aggregation;

/// <summary>
/// A coded home area for breakdowns: the London borough when the place names one, else the police force area the
/// place is in, else unknown. Each key has a small dense <see cref="Index"/>: 0 is unknown, 1 to 33 are the London
/// boroughs (the <see cref="LondonBorough"/> value, which is the last two digits of the ONS GSS code), and 34 to 79
/// are the force areas (33 plus the <see cref="PoliceForce"/> value).
/// </summary>
/// <remarks>
/// Equality compares the index. The default value is <see cref="Unknown"/>. A borough key and the force key of the
/// force that polices it are different keys: "from Lambeth" is <c>Of(LondonBorough.Lambeth)</c>, while "from London",
/// known only to the Metropolitan Police area, is <c>Of(PoliceForce.Metropolitan)</c>; breakdowns never guess a
/// borough. The City of London appears both as a borough (index 1) and as a force area (index 38).
/// </remarks>
public readonly record struct AreaKey
{
    /// <summary>The number of distinct keys (indexes run from 0 to <c>Count - 1</c>).</summary>
    public const int Count = ForceOffset + (int)PoliceForce.MinistryOfDefencePolice + 1;

    private const int ForceOffset = (int)LondonBorough.Westminster;

    private readonly byte index;

    private AreaKey(int index) => this.index = (byte)index;

    /// <summary>Home area not known.</summary>
    public static AreaKey Unknown => default;

    /// <summary>The dense index: 0 unknown, 1–33 boroughs, 34–79 force areas.</summary>
    public int Index => index;

    /// <summary>True for <see cref="Unknown"/>.</summary>
    public bool IsUnknown => index == 0;

    /// <summary>The borough, for a borough key; otherwise null.</summary>
    public LondonBorough? Borough => index is > 0 and <= ForceOffset ? (LondonBorough)index : null;

    /// <summary>The force area, for a force-area key; otherwise null (a borough key does not report its force).</summary>
    public PoliceForce? ForceArea => index > ForceOffset ? (PoliceForce)(index - ForceOffset) : null;

    /// <summary>The key of a London borough.</summary>
    /// <param name="borough">A defined borough.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The borough is undefined or unset.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public static AreaKey Of(LondonBorough borough) => new((int)Preconditions.CheckDefinedNotDefault(borough));

    /// <summary>The key of a police force area.</summary>
    /// <param name="force">A defined force.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The force is undefined or unset.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public static AreaKey Of(PoliceForce force) => new(ForceOffset + (int)Preconditions.CheckDefinedNotDefault(force));

    /// <summary>The key of a home area: its borough when known, else its force area; <see cref="Unknown"/> for null.</summary>
    /// <param name="place">The place, or null when not known.</param>
    /// <returns>The key.</returns>
    /// <remarks>Immediate; does not allocate. The place's locality is not used.</remarks>
    public static AreaKey Of(Place? place) =>
        place is null ? default
        : place.Borough is { } borough ? new AreaKey((int)borough)
        : new AreaKey(ForceOffset + (int)place.Force);

    /// <summary>The key with dense index <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public static AreaKey FromIndex(int index) => new(Preconditions.CheckRange(index, 0, Count - 1));

    /// <summary>Culture-invariant text: <c>unknown</c>, <c>borough:Lambeth</c> or <c>force:Kent</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Borough is { } borough ? string.Create(CultureInfo.InvariantCulture, $"borough:{borough}")
        : ForceArea is { } force ? string.Create(CultureInfo.InvariantCulture, $"force:{force}")
        : "unknown";
}
