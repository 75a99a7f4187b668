using System.Text;
using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// The key of one cell of an <see cref="ArrestBreakdown"/>: a value for each dimension the breakdown splits by, and
/// nothing for the others. Start from <see cref="Total"/> and add values with the <c>With…</c> methods
/// (<c>ArrestBreakdownKey.Total.WithOffenceGroup(OffenceGroup.Drugs).WithAgeBand(AgeBand.From18To20)</c>), or take the
/// key of an arrest with <see cref="Of"/>.
/// </summary>
/// <remarks>
/// Equality compares the dimensions and their values. The default value is <see cref="Total"/>, the key with no
/// dimensions. A property is null exactly when its dimension is not part of <see cref="Dimensions"/>.
/// </remarks>
public readonly record struct ArrestBreakdownKey
{
    private readonly ArrestDimension dimensions;

    // One byte per dimension (position i at bits 8i..8i+7), holding the dimension's 0-based code; 0 when not selected.
    private readonly ulong codes;

    private ArrestBreakdownKey(ArrestDimension dimensions, ulong codes)
    {
        this.dimensions = dimensions;
        this.codes = codes;
    }

    /// <summary>The key with no dimensions: the single cell of a breakdown by <see cref="ArrestDimension.None"/>.</summary>
    public static ArrestBreakdownKey Total => default;

    /// <summary>The dimensions this key gives values for.</summary>
    public ArrestDimension Dimensions => dimensions;

    /// <summary>The offence group, when <see cref="ArrestDimension.OffenceGroup"/> is a dimension.</summary>
    public OffenceGroup? OffenceGroup => Has(0) ? (PolicingModel.OffenceGroup)(CodeAt(0) + 1) : null;

    /// <summary>The age band, when <see cref="ArrestDimension.AgeBand"/> is a dimension.</summary>
    public AgeBand? AgeBand => Has(1) ? (Reference.AgeBand)CodeAt(1) : null;

    /// <summary>The sex, when <see cref="ArrestDimension.Sex"/> is a dimension.</summary>
    public Sex? Sex => Has(2) ? (PolicingModel.Sex)CodeAt(2) : null;

    /// <summary>The self-defined ethnicity group, when <see cref="ArrestDimension.EthnicityGroup"/> is a dimension.</summary>
    public EthnicityGroup? EthnicityGroup => Has(3) ? (Reference.EthnicityGroup)CodeAt(3) : null;

    /// <summary>The officer-defined ethnicity group, when <see cref="ArrestDimension.OfficerDefinedEthnicityGroup"/> is a dimension.</summary>
    public EthnicityGroup? OfficerDefinedEthnicityGroup => Has(4) ? (Reference.EthnicityGroup)CodeAt(4) : null;

    /// <summary>The home area, when <see cref="ArrestDimension.HomeArea"/> is a dimension.</summary>
    public AreaKey? HomeArea => Has(5) ? AreaKey.FromIndex(CodeAt(5)) : null;

    /// <summary>The arresting force, when <see cref="ArrestDimension.Force"/> is a dimension.</summary>
    public PoliceForce? Force => Has(6) ? (PoliceForce)(CodeAt(6) + 1) : null;

    /// <summary>The outcome kind, when <see cref="ArrestDimension.Outcome"/> is a dimension.</summary>
    public ArrestOutcomeKind? Outcome => Has(7) ? (ArrestOutcomeKind)(CodeAt(7) + 1) : null;

    /// <summary>The key of the cell <paramref name="arrest"/> falls in, in a breakdown by <paramref name="dimensions"/>.</summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="dimensions">The dimensions.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> holds undefined flags or mixes the two ethnicity dimensions.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public static ArrestBreakdownKey Of(Arrest arrest, ArrestDimension dimensions)
    {
        Preconditions.CheckNotNull(arrest);
        DimensionLayout.Check(dimensions);
        return new ArrestBreakdownKey(dimensions, ArrestCodes.Of(arrest, dimensions));
    }

    /// <summary>This key with an offence group.</summary>
    /// <param name="value">A defined group.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The group is undefined or unset.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithOffenceGroup(OffenceGroup value) =>
        With(0, (int)Preconditions.CheckDefinedNotDefault(value) - 1);

    /// <summary>This key with an age band.</summary>
    /// <param name="value">A defined band (<see cref="AgeBand.Unknown"/> is a band like any other here).</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The band is undefined.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithAgeBand(AgeBand value) => With(1, (int)Preconditions.CheckDefined(value));

    /// <summary>This key with a sex.</summary>
    /// <param name="value">A defined sex.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithSex(Sex value) => With(2, (int)Preconditions.CheckDefined(value));

    /// <summary>This key with a self-defined ethnicity group.</summary>
    /// <param name="value">A defined group.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The group is undefined.</exception>
    /// <exception cref="ArgumentException">The key already has an officer-defined ethnicity group.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithEthnicityGroup(EthnicityGroup value) => With(3, (int)Preconditions.CheckDefined(value));

    /// <summary>This key with an officer-defined ethnicity group.</summary>
    /// <param name="value">A defined group.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The group is undefined.</exception>
    /// <exception cref="ArgumentException">The key already has a self-defined ethnicity group.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithOfficerDefinedEthnicityGroup(EthnicityGroup value) => With(4, (int)Preconditions.CheckDefined(value));

    /// <summary>This key with a home area.</summary>
    /// <param name="value">The area.</param>
    /// <returns>The new key.</returns>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithHomeArea(AreaKey value) => With(5, value.Index);

    /// <summary>This key with an arresting force.</summary>
    /// <param name="value">A defined force.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The force is undefined or unset.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithForce(PoliceForce value) => With(6, (int)Preconditions.CheckDefinedNotDefault(value) - 1);

    /// <summary>This key with an outcome kind.</summary>
    /// <param name="value">A defined kind.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined or unset.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey WithOutcome(ArrestOutcomeKind value) => With(7, (int)Preconditions.CheckDefinedNotDefault(value) - 1);

    /// <summary>This key restricted to <paramref name="dimensions"/>, which must be a subset of <see cref="Dimensions"/>.</summary>
    /// <param name="dimensions">The dimensions to keep.</param>
    /// <returns>The restricted key.</returns>
    /// <exception cref="ArgumentException"><paramref name="dimensions"/> is not a subset of this key's dimensions.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public ArrestBreakdownKey Restrict(ArrestDimension dimensions)
    {
        Preconditions.CheckArgument(
            (dimensions & ~this.dimensions) == 0,
            nameof(dimensions),
            $"{nameof(dimensions)} ({dimensions}) must be a subset of the key's dimensions ({this.dimensions}).");
        return new ArrestBreakdownKey(dimensions, codes & DimensionLayout.MaskOf(dimensions));
    }

    /// <summary>Culture-invariant text such as <c>{ OffenceGroup = Drugs, AgeBand = From18To20 }</c>, or <c>{ Total }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (dimensions == ArrestDimension.None)
        {
            return "{ Total }";
        }
        var builder = new StringBuilder("{ ");
        Append(builder, nameof(OffenceGroup), OffenceGroup);
        Append(builder, nameof(AgeBand), AgeBand);
        Append(builder, nameof(Sex), Sex);
        Append(builder, nameof(EthnicityGroup), EthnicityGroup);
        Append(builder, nameof(OfficerDefinedEthnicityGroup), OfficerDefinedEthnicityGroup);
        Append(builder, nameof(HomeArea), HomeArea);
        Append(builder, nameof(Force), Force);
        Append(builder, nameof(Outcome), Outcome);
        return builder.Append(" }").ToString();
    }

    internal static ArrestBreakdownKey FromCodes(ArrestDimension dimensions, ulong codes) => new(dimensions, codes);

    internal int CodeAt(int position) => (int)((codes >> (8 * position)) & 0xFF);

    private bool Has(int position) => ((int)dimensions & (1 << position)) != 0;

    private ArrestBreakdownKey With(int position, int code)
    {
        ArrestDimension merged = DimensionLayout.Check(dimensions | (ArrestDimension)(1 << position), "value");
        ulong cleared = codes & ~(0xFFUL << (8 * position));
        return new ArrestBreakdownKey(merged, cleared | ((ulong)code << (8 * position)));
    }

    private static void Append<T>(StringBuilder builder, string name, T? value)
        where T : struct
    {
        if (value is { } v)
        {
            if (builder.Length > 2)
            {
                builder.Append(", ");
            }
            builder.Append(name).Append(" = ").Append(v.ToString());
        }
    }
}
