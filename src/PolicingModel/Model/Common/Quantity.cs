using System.Globalization;

namespace PolicingModel;

/// <summary>
/// An amount with a unit and the precision the source gave it, such as "about 2 kg" or "34 wraps". Units of the same
/// dimension add (grams and kilograms); different dimensions never add up silently.
/// </summary>
/// <remarks>
/// Equality compares value (numerically), unit, precision, upper end and wording: 1 kg does not equal 1000 g. A vague
/// amount ("a significant amount of cannabis") is <see cref="Unquantified"/>: its unit then only says which dimension
/// it would add with. Values are at most <see cref="MaxValue"/> grams, millilitres or items (kilograms and litres at
/// most a thousandth of it), so that sums stay exact; <see cref="Add"/> reports a sum beyond it as "at least" the
/// maximum. The default value is unset (no unit): it is refused wherever a quantity is passed, and
/// <see cref="Dimension"/>, <see cref="IsCompatibleWith"/> and <see cref="Add"/> refuse it with
/// <see cref="InvalidOperationException"/>; test <see cref="IsUnset"/> first.
/// </remarks>
public readonly record struct Quantity
{
    /// <summary>The largest value in grams, millilitres or a counted unit (1,000,000,000,000); in kilograms or litres, a thousandth of it.</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">Zero or more: the lower end of a range, the bound of "up to"; 0 for an unquantified amount.</param>
    /// <param name="unit">The unit; <see cref="QuantityUnit.None"/> is rejected.</param>
    /// <param name="precision">How exact the value is.</param>
    /// <param name="upper">The upper end of a <see cref="Precision.Range"/>; null otherwise.</param>
    /// <param name="wording">
    /// The source's words, kept for rendering: the hedge before the figure or, for an unquantified amount, the phrase in
    /// place of it ("a significant amount", "a large quantity"); at most 60 characters.
    /// </param>
    /// <exception cref="ArgumentException">Negative value or above the maximum for the unit (<see cref="MaxValue"/>), missing unit, undefined precision, or the range or wording rules of <see cref="ReportedCount"/> broken.</exception>
    public Quantity(decimal value, QuantityUnit unit, Precision precision = Precision.Exact, decimal? upper = null, string? wording = null)
    {
        Value = Preconditions.CheckAtMost(Preconditions.CheckNotNegative(value), MaxIn(unit), nameof(value));
        Unit = Preconditions.CheckDefinedNotDefault(unit);
        FigureRules.Check(value, precision, upper, wording, nameof(value));
        if (upper is { } high)
        {
            Preconditions.CheckAtMost(high, MaxIn(unit), nameof(upper));
        }
        Precision = precision;
        Upper = upper;
        Wording = wording;
    }

    /// <summary>"between <paramref name="low"/> and <paramref name="high"/>" <paramref name="unit"/>.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end, greater than <paramref name="low"/>.</param>
    /// <param name="unit">The unit.</param>
    public static Quantity Between(decimal low, decimal high, QuantityUnit unit) => new(low, unit, Precision.Range, high);

    /// <summary>An amount given without a figure: "a significant amount", "a large quantity".</summary>
    /// <param name="unit">A unit of the dimension the amount would be measured in (grams for a weight).</param>
    /// <param name="wording">The source's words in place of the amount.</param>
    public static Quantity Unquantified(QuantityUnit unit, string wording) =>
        new(0m, unit, Precision.Unquantified, wording: Preconditions.CheckNotBlank(wording));

    /// <summary>The upper end of a range; null for every other form.</summary>
    public decimal? Upper { get; }

    /// <summary>The source's words, when kept; null otherwise.</summary>
    public string? Wording { get; }

    /// <summary>The amount in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>How exact the value is.</summary>
    public Precision Precision { get; }

    /// <summary>The dimension: mass, volume, or the unit itself for counted units.</summary>
    public QuantityDimension Dimension => IsUnset ? throw Unset() : DimensionOf(Unit);

    /// <summary>True for the default value, which has no unit and is refused wherever a quantity is passed.</summary>
    public bool IsUnset => Unit == QuantityUnit.None;

    /// <summary>True when this quantity can be added to <paramref name="other"/>.</summary>
    /// <param name="other">Another quantity.</param>
    public bool IsCompatibleWith(Quantity other) => Dimension == other.Dimension;

    /// <summary>
    /// Adds a quantity of the same dimension. Mass is added in grams and volume in millilitres unless both sides already
    /// share a unit, so that the result is exact; precision follows the interval rules of <see cref="Precision"/>.
    /// </summary>
    /// <param name="other">The quantity to add.</param>
    /// <exception cref="InvalidOperationException">The dimensions differ (for example grams and wraps), or either quantity is unset.</exception>
    /// <remarks>A sum above the maximum for its unit is "at least" that maximum (a true lower bound).</remarks>
    public Quantity Add(Quantity other)
    {
        if (!IsCompatibleWith(other))
        {
            throw new InvalidOperationException($"Cannot add {other.Unit} to {Unit}: quantities in different units never add up silently.");
        }
        bool sameUnit = Unit == other.Unit;
        decimal factor = sameUnit ? 1m : BaseFactor(Unit), otherFactor = sameUnit ? 1m : BaseFactor(other.Unit);
        (decimal value, Precision precision, decimal? upper) = FigureBounds.Of(Value * factor, Precision, Upper * factor)
            .Plus(FigureBounds.Of(other.Value * otherFactor, other.Precision, other.Upper * otherFactor))
            .ToFigure();
        QuantityUnit unit = sameUnit ? Unit : Dimension == QuantityDimension.Mass ? QuantityUnit.Grams : QuantityUnit.Millilitres;
        // Both sides are at most the maximum in base units, so the decimal sums cannot overflow; beyond it, a lower bound.
        (value, precision, upper) = (value, precision, upper).Capped(MaxIn(unit));
        return new Quantity(value, unit, precision, upper, FigureRules.WordingOfSum(Value, Precision, Wording, other.Value, other.Precision, other.Wording));
    }

    /// <summary>Adds two compatible quantities.</summary>
    /// <param name="left">One quantity.</param>
    /// <param name="right">The other quantity.</param>
    /// <exception cref="InvalidOperationException">The dimensions differ.</exception>
    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    /// <summary>The dimension a unit measures.</summary>
    /// <param name="unit">The unit.</param>
    public static QuantityDimension DimensionOf(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Grams or QuantityUnit.Kilograms => QuantityDimension.Mass,
        QuantityUnit.Millilitres or QuantityUnit.Litres => QuantityDimension.Volume,
        QuantityUnit.Wraps => QuantityDimension.Wraps,
        QuantityUnit.Plants => QuantityDimension.Plants,
        QuantityUnit.Tablets => QuantityDimension.Tablets,
        QuantityUnit.Items => QuantityDimension.Items,
        QuantityUnit.Bags => QuantityDimension.Bags,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    private static decimal MaxIn(QuantityUnit unit) => unit is QuantityUnit.Kilograms or QuantityUnit.Litres ? MaxValue / 1000m : MaxValue;

    private static InvalidOperationException Unset() =>
        new("This quantity is unset (default(Quantity) has no unit): build quantities with new Quantity(value, unit).");

    // How many grams or millilitres one unit is (1 for every unit that is not mass or volume).
    private static decimal BaseFactor(QuantityUnit unit) => unit is QuantityUnit.Kilograms or QuantityUnit.Litres ? 1000m : 1m;

    /// <summary>Culture-invariant text such as <c>2.5 Kilograms</c>.</summary>
    public override string ToString() =>
        Precision switch
        {
            Precision.Exact => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit}"),
            Precision.Range => string.Create(CultureInfo.InvariantCulture, $"{Value} to {Upper} {Unit} (Range)"),
            Precision.Unquantified => $"{Unit} (Unquantified)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit} ({Precision})"),
        };

    /// <summary>Numeric equality on the value, plus unit and precision.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(Quantity other) =>
        Value == other.Value && Unit == other.Unit && Precision == other.Precision && Upper == other.Upper && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit, Precision, Upper, Wording);
}

/// <summary>What a <see cref="QuantityUnit"/> measures; quantities add only within one dimension.</summary>
public enum QuantityDimension
{
    /// <summary>Grams and kilograms.</summary>
    [WireCode("mass")]
    Mass,

    /// <summary>Millilitres and litres.</summary>
    [WireCode("volume")]
    Volume,

    /// <summary>A count of wraps.</summary>
    [WireCode("wraps")]
    Wraps,

    /// <summary>A count of plants.</summary>
    [WireCode("plants")]
    Plants,

    /// <summary>A count of tablets.</summary>
    [WireCode("tablets")]
    Tablets,

    /// <summary>A count of other items.</summary>
    [WireCode("items")]
    Items,

    /// <summary>Bags counted.</summary>
    [WireCode("bags")]
    Bags,
}
