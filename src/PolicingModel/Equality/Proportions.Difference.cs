namespace PolicingModel.Equality;

public static partial class Proportions
{
    /// <summary>
    /// The difference between two groups' proportions, p₁ − p₂, with Newcombe's hybrid score interval (Newcombe 1998,
    /// "method 10"), built from the two Wilson intervals.
    /// </summary>
    /// <param name="group">The group compared (p₁ = k₁/n₁).</param>
    /// <param name="reference">The group it is compared with (p₂ = k₂/n₂).</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The difference; when a group has no trials, null figures and <see cref="ProportionStatus.NoTrials"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    /// <remarks>
    /// <para>
    /// With (l₁, u₁) and (l₂, u₂) the Wilson limits of p₁ and p₂ at the same level and D = p₁ − p₂:
    /// lower = D − √((p₁ − l₁)² + (u₂ − p₂)²), upper = D + √((u₁ − p₁)² + (p₂ − l₂)²). Unlike the Wald interval it
    /// stays inside [−1, 1] and behaves at counts of 0.
    /// </para>
    /// <para>
    /// Reference: R. G. Newcombe (1998), "Interval estimation for the difference between independent proportions:
    /// comparison of eleven methods", Statistics in Medicine 17:873–890.
    /// </para>
    /// <para>Immediate. Allocates the result.</para>
    /// </remarks>
    /// <example><c>Proportions.Difference(new(56, 70), new(48, 80))</c>: difference 0.2, 95% interval [0.0524, 0.3339] (Newcombe's example).</example>
    public static ProportionDifference Difference(BinomialCount group, BinomialCount reference, double confidenceLevel = DefaultConfidenceLevel)
    {
        StatisticsChecks.CheckProbabilityLevel(confidenceLevel);
        if (WilsonInterval(group, confidenceLevel) is not { } one || WilsonInterval(reference, confidenceLevel) is not { } two)
        {
            return new ProportionDifference(group, reference, null, null, confidenceLevel, ProportionStatus.NoTrials);
        }
        double p1 = group.Proportion!.Value;
        double p2 = reference.Proportion!.Value;
        double d = p1 - p2;
        double below = Math.Sqrt(Square(p1 - one.Lower) + Square(two.Upper - p2));
        double above = Math.Sqrt(Square(one.Upper - p1) + Square(p2 - two.Lower));
        var interval = new ProportionInterval(Math.Max(-1.0, d - below), Math.Min(1.0, d + above), confidenceLevel);
        return new ProportionDifference(group, reference, d, interval, confidenceLevel, ProportionStatus.Ok);
    }

    private static double Square(double x) => x * x;
}
