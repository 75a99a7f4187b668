using System.Globalization;

namespace PolicingModel;

/// <summary>
/// An amount with a unit and the precision the source gave it, such as "about 2 kg" or "34 wraps". Units of the same
/// dimension add (grams and kilograms); different dimensions never add up silently.
/// </summary>
/// <remarks>Equality compares value (numerically), unit and precision: 1 kg does not equal 1000 g.</remarks>
public readonly record struct Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">Zero or more.</param>
    /// <param name="unit">The unit; <see cref="QuantityUnit.None"/> is rejected.</param>
    /// <param name="precision">How exact the value is.</param>
    /// <exception cref="ArgumentException">Negative value, missing unit or undefined precision.</exception>
    public Quantity(decimal value, QuantityUnit unit, Precision precision = Precision.Exact)
    {
        Value = Preconditions.CheckNotNegative(value);
        Unit = Preconditions.CheckDefinedNotDefault(unit);
        Precision = Preconditions.CheckDefined(precision);
    }

    /// <summary>The amount in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>How exact the value is.</summary>
    public Precision Precision { get; }

    /// <summary>The dimension: mass, volume, or the unit itself for counted units.</summary>
    public QuantityDimension Dimension => DimensionOf(Unit);

    /// <summary>True when this quantity can be added to <paramref name="other"/>.</summary>
    /// <param name="other">Another quantity.</param>
    public bool IsCompatibleWith(Quantity other) => Dimension == other.Dimension;

    /// <summary>
    /// Adds a quantity of the same dimension. Mass is added in grams and volume in millilitres unless both sides already
    /// share a unit, so that the result is exact.
    /// </summary>
    /// <param name="other">The quantity to add.</param>
    /// <exception cref="InvalidOperationException">The dimensions differ (for example grams and wraps).</exception>
    public Quantity Add(Quantity other)
    {
        if (!IsCompatibleWith(other))
        {
            throw new InvalidOperationException($"Cannot add {other.Unit} to {Unit}: quantities in different units never add up silently.");
        }
        Precision precision = Precision.CombineWith(other.Precision);
        if (Unit == other.Unit)
        {
            return new Quantity(Value + other.Value, Unit, precision);
        }
        QuantityUnit baseUnit = Dimension == QuantityDimension.Mass ? QuantityUnit.Grams : QuantityUnit.Millilitres;
        return new Quantity(ToBase() + other.ToBase(), baseUnit, precision);
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
