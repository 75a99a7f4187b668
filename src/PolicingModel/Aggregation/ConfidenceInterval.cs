using System.Globalization;

namespace PolicingModel.Aggregation;

/// <summary>A two-sided confidence interval for a ratio: the lower and upper limits (both finite and positive).</summary>
/// <remarks>Equality compares both limits. The default value (0, 0) is never produced by this library.</remarks>
public readonly record struct ConfidenceInterval
{
    internal ConfidenceInterval(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower limit.</summary>
    public double Lower { get; }

    /// <summary>The upper limit.</summary>
    public double Upper { get; }

    /// <summary>True when <paramref name="value"/> lies within the interval, limits included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when inside.</returns>
    /// <remarks>Immediate; does not allocate.</remarks>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Culture-invariant text such as <c>[4.354, 5.742]</c> (four significant figures).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower:G4}, {Upper:G4}]");
}
