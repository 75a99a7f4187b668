namespace PolicingModel.Equality;

public static partial class Proportions
{
    /// <summary>
    /// The proportion k/n with its Wilson score interval (Wilson 1927; method 3 of Newcombe 1998).
    /// </summary>
    /// <param name="successes">k, how many have the outcome.</param>
    /// <param name="trials">n, how many there are in all.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The estimate; with n = 0, no estimate or interval and <see cref="ProportionStatus.NoTrials"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above 2⁵³, or the confidence level is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="successes"/> is greater than <paramref name="trials"/>.</exception>
    /// <remarks>
    /// <para>
    /// The limits are the two solutions p of |k/n − p| = z·√(p(1 − p)/n), z = Φ⁻¹(1 − α/2):
    /// (k + z²/2 ± z·√(k(n − k)/n + z²/4)) / (n + z²). The lower limit is taken as the product of the roots,
    /// k²/(n(n + z²)), divided by the upper, to avoid cancellation when k is small; it is exactly 0 when k = 0, and the
    /// upper limit exactly 1 when k = n.
    /// </para>
    /// <para>
    /// References: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical inference",
    /// JASA 22:209–212; R. G. Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
    /// seven methods", Statistics in Medicine 17:857–872.
    /// </para>
    /// <para>Immediate. Allocates the result.</para>
    /// </remarks>
    /// <example><c>Proportions.Wilson(81, 263).Interval</c> is <c>95% [0.2553, 0.3662]</c>.</example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static ProportionEstimate Wilson(long successes, long trials, double confidenceLevel = DefaultConfidenceLevel) =>
        Wilson(new BinomialCount(successes, trials), confidenceLevel);

    /// <summary>The proportion of <paramref name="count"/> with its Wilson score interval; see <see cref="Wilson(long, long, double)"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The estimate; with no trials, no estimate or interval and <see cref="ProportionStatus.NoTrials"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    /// <remarks>Immediate. Allocates the result.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static ProportionEstimate Wilson(BinomialCount count, double confidenceLevel = DefaultConfidenceLevel)
    {
        StatisticsChecks.CheckProbabilityLevel(confidenceLevel);
        return new ProportionEstimate(count, WilsonInterval(count, confidenceLevel), ProportionIntervalMethod.Wilson, confidenceLevel);
    }

    internal static ProportionInterval? WilsonInterval(BinomialCount count, double confidenceLevel)
    {
        if (count.Trials == 0)
        {
            return null;
        }
        double z = StatisticsChecks.TwoSidedZ(confidenceLevel);
        double k = count.Successes;
        double n = count.Trials;
        double z2 = z * z;
        double denominator = n + z2;
        double upper = count.Successes == count.Trials
            ? 1.0
            : Math.Min(1.0, (k + (0.5 * z2) + (z * Math.Sqrt((k * (n - k) / n) + (0.25 * z2)))) / denominator);
        double lower = count.Successes == 0 ? 0.0 : Math.Max(0.0, k / n * (k / denominator) / upper);
        return new ProportionInterval(lower, upper, confidenceLevel);
    }
}
