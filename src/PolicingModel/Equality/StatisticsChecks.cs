using System.Runtime.CompilerServices;

namespace PolicingModel.Equality;

// Argument checks shared by the equality statistics; each names the parameter and states the rule.
internal static class StatisticsChecks
{
    // The largest total a table may have: 2⁵³, the largest count every double represents exactly (the statistics
    // work in doubles; a national population is about 2²⁶).
    internal const long MaxTotal = 1L << 53;

    internal static long CheckCount(long value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is a count and must not be negative; it was {value}.");
        }
        if (value > MaxTotal)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be at most 2^53 ({MaxTotal}), the largest count a double holds exactly; it was {value}.");
        }
        return value;
    }

    // The sum of the counts, refused when it exceeds MaxTotal.
    internal static long CheckTotal(ReadOnlySpan<long> counts, string paramName, string what)
    {
        long total = 0;
        foreach (long count in counts)
        {
            total += count;
            if (total > MaxTotal)
            {
                throw new ArgumentException($"{what} must be at most 2^53 ({MaxTotal}), the largest count a double holds exactly (checked at {paramName}).", paramName);
            }
        }
        return total;
    }

    // A confidence level, significance level or power: strictly between 0 and 1.
    internal static double CheckProbabilityLevel(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value > 0.0 && value < 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be strictly between 0 and 1; it was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        return value;
    }

    // A proportion: between 0 and 1 inclusive, and not NaN.
    internal static double CheckProportion(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a proportion between 0 and 1; it was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        return value;
    }

    // A p-value: clamped to [ε, 1] with ε = double.Epsilon, so that rounding never gives 1 + 1e-16 and underflow never gives 0.
    internal static double ClampPValue(double p) => Math.Clamp(double.IsNaN(p) ? 1.0 : p, double.Epsilon, 1.0);

    // The two-sided normal quantile z with Φ(z) = 1 − (1 − level)/2.
    internal static double TwoSidedZ(double confidenceLevel) => -SpecialFunctions.NormalQuantile(0.5 * (1.0 - confidenceLevel));
}
