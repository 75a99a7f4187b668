using System.Globalization;

namespace PolicingModel;

/// <summary>
/// An amount with a unit and the precision the source gave it, such as "about 2 kg" or "34 wraps". Units of the same
/// dimension add (grams and kilograms); different dimensions never add up silently.
/// </summary>
/// <remarks>
/// Equality compares value (numerically), unit and precision: 1 kg does not equal 1000 g. Values are at most
/// <see cref="MaxValue"/> grams, millilitres or items (kilograms and litres at most a thousandth of it), so that sums
/// stay exact; <see cref="Add"/> reports a sum beyond it as the maximum with precision <see cref="Precision.AtLeast"/>.
/// The default value is unset (no unit): it is refused wherever a quantity is passed, and <see cref="Dimension"/>,
/// <see cref="IsCompatibleWith"/> and <see cref="Add"/> refuse it with <see cref="InvalidOperationException"/>;
/// test <see cref="IsUnset"/> first.
/// </remarks>
public readonly record struct Quantity
{
    /// <summary>The largest value in grams, millilitres or a counted unit (1,000,000,000,000); in kilograms or litres, a thousandth of it.</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">Zero or more.</param>
    /// <param name="unit">The unit; <see cref="QuantityUnit.None"/> is rejected.</param>
    /// <param name="precision">How exact the value is.</param>
    /// <exception cref="ArgumentException">Negative value or above the maximum for the unit (<see cref="MaxValue"/>), missing unit or undefined precision.</exception>
    public Quantity(decimal value, QuantityUnit unit, Precision precision = Precision.Exact)
    {
        Unit = Preconditions.CheckDefinedNotDefault(unit);
        Value = Preconditions.CheckAtMost(Preconditions.CheckNotNegative(value), MaxIn(unit), nameof(value));
        Precision = Preconditions.CheckDefined(precision);
    }

    /// <summary>The amount in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>How exact the value is.</summary>
    public Precision Precision { get; }

    /// <summary>True for the default value, which has no unit and is not a quantity.</summary>
    public bool IsUnset => Unit == QuantityUnit.None;

    /// <summary>The dimension: mass, volume, or the unit itself for counted units.</summary>
    /// <exception cref="InvalidOperationException">The quantity is unset (<c>default(Quantity)</c>).</exception>
    public QuantityDimension Dimension => IsUnset ? throw Unset() : DimensionOf(Unit);

    /// <summary>True when this quantity can be added to <paramref name="other"/>.</summary>
    /// <param name="other">Another quantity.</param>
    /// <exception cref="InvalidOperationException">Either quantity is unset (<c>default(Quantity)</c>).</exception>
    public bool IsCompatibleWith(Quantity other) => Dimension == other.Dimension;

    /// <summary>
    /// Adds a quantity of the same dimension. Mass is added in grams and volume in millilitres unless both sides already
    /// share a unit, so that the result is exact.
    /// </summary>
    /// <param name="other">The quantity to add.</param>
    /// <exception cref="InvalidOperationException">The dimensions differ (for example grams and wraps), or either quantity is unset.</exception>
    /// <remarks>A sum above the maximum for its unit is that maximum with precision <see cref="Precision.AtLeast"/> (a true lower bound).</remarks>
    public Quantity Add(Quantity other)
    {
        if (!IsCompatibleWith(other))
        {
            throw new InvalidOperationException($"Cannot add {other.Unit} to {Unit}: quantities in different units never add up silently.");
        }
        Precision precision = Precision.CombineWith(other.Precision);
        // Both sides are at most MaxValue in base units, so the decimal sums cannot overflow.
        if (Unit == other.Unit)
        {
            return Capped(Value + other.Value, Unit, precision);
        }
        QuantityUnit baseUnit = Dimension == QuantityDimension.Mass ? QuantityUnit.Grams : QuantityUnit.Millilitres;
        return Capped(ToBase() + other.ToBase(), baseUnit, precision);
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
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    private static decimal MaxIn(QuantityUnit unit) => unit is QuantityUnit.Kilograms or QuantityUnit.Litres ? MaxValue / 1000m : MaxValue;

    private static Quantity Capped(decimal sum, QuantityUnit unit, Precision precision) =>
        sum > MaxIn(unit) ? new Quantity(MaxIn(unit), unit, Precision.AtLeast) : new Quantity(sum, unit, precision);

    private static InvalidOperationException Unset() =>
        new("This quantity is unset (default(Quantity) has no unit): build quantities with new Quantity(value, unit).");

    private decimal ToBase() => Unit is QuantityUnit.Kilograms or QuantityUnit.Litres ? Value * 1000m : Value;

    /// <summary>Culture-invariant text such as <c>2.5 Kilograms</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit}") + (Precision == Precision.Exact ? "" : $" ({Precision})");

    /// <summary>Numeric equality on the value, plus unit and precision.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(Quantity other) => Value == other.Value && Unit == other.Unit && Precision == other.Precision;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit, Precision);
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
}
