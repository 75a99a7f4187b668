using System.Globalization;

namespace PolicingModel.Equality;

/// <summary>
/// A two-sided confidence interval for a proportion or for a difference of two proportions: its lower and upper
/// limits and its confidence level. For a proportion both limits lie in [0, 1]; for a difference, in [−1, 1].
/// </summary>
/// <remarks>
/// Equality compares the limits and the level. The default value (0 to 0 at level 0) is never produced by this library. Every limit this library produces is finite and
/// <see cref="Lower"/> ≤ <see cref="Upper"/>. (A ratio's interval is <see cref="Aggregation.ConfidenceInterval"/>,
/// whose limits are positive.)
/// </remarks>
public readonly record struct ProportionInterval
{
    internal ProportionInterval(double lower, double upper, double confidenceLevel)
    {
        Lower = lower;
        Upper = upper;
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>The lower limit.</summary>
    public double Lower { get; }

    /// <summary>The upper limit.</summary>
    public double Upper { get; }

    /// <summary>The confidence level, such as 0.95 for a 95% interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The width, <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public double Width => Upper - Lower;

    /// <summary>True when <paramref name="value"/> lies within the interval, limits included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when inside.</returns>
    /// <remarks>Immediate; does not allocate.</remarks>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Culture-invariant text such as <c>95% [0.2553, 0.3662]</c> (limits to four significant figures).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ConfidenceLevel * 100:G4}% [{Lower:G4}, {Upper:G4}]");
}
