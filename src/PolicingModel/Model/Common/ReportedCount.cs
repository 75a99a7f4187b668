using System.Globalization;

namespace PolicingModel;

/// <summary>A count as a source stated it: "seven", "around 20", "more than 30".</summary>
/// <remarks>Equality compares value and precision.</remarks>
public readonly record struct ReportedCount
{
    /// <summary>Creates a count.</summary>
    /// <param name="value">Zero or more.</param>
    /// <param name="precision">How exact the count is.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative value or undefined precision.</exception>
    public ReportedCount(int value, Precision precision = Precision.Exact)
    {
        Value = Preconditions.CheckRange(value, 0, int.MaxValue);
        Precision = Preconditions.CheckDefined(precision);
    }

    /// <summary>An exact count.</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount Exactly(int value) => new(value);

    /// <summary>The number.</summary>
    public int Value { get; }

    /// <summary>How exact the number is.</summary>
    public Precision Precision { get; }

    /// <summary>Culture-invariant text such as <c>55</c> or <c>30 (MoreThan)</c>.</summary>
    public override string ToString() =>
        Value.ToString(CultureInfo.InvariantCulture) + (Precision == Precision.Exact ? "" : $" ({Precision})");
}
