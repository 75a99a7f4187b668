using PolicingModel.Aggregation;

namespace PolicingModel.Equality;

public static partial class Proportions
{
    /// <summary>
    /// The ratio of a group's proportion to a reference group's, RR = (k₁/n₁)/(k₂/n₂) — a representation ratio or rate
    /// ratio — with the Katz log confidence interval, the method of <see cref="Disproportionality"/>.
    /// </summary>
    /// <param name="group">The group compared.</param>
    /// <param name="reference">The group it is compared with.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The ratio; figures that cannot be computed are null, with a <see cref="ProportionRatioStatus"/> saying why.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not strictly between 0 and 1.</exception>
    /// <remarks>
    /// <para>
    /// SE(ln RR) = √(1/k₁ − 1/n₁ + 1/k₂ − 1/n₂) and the interval is exp(ln RR ± z·SE) with z = Φ⁻¹(1 − α/2); it
    /// needs k₁ &gt; 0 and k₂ &gt; 0. A zero reference count gives no ratio (<see cref="ProportionRatioStatus.ReferenceZeroCount"/>);
    /// a zero count in the group gives the ratio 0 without an interval (<see cref="ProportionRatioStatus.ZeroCount"/>).
    /// </para>
    /// <para>
    /// Reference: D. Katz, J. Baptista, S. P. Azen and M. C. Pike (1978), "Obtaining confidence intervals for the risk
    /// ratio in cohort studies", Biometrics 34:469–474.
    /// </para>
    /// <para>Immediate. Allocates the result.</para>
    /// </remarks>
    public static ProportionRatio Ratio(BinomialCount group, BinomialCount reference, double confidenceLevel = DefaultConfidenceLevel)
    {
        StatisticsChecks.CheckProbabilityLevel(confidenceLevel);
        if (group.Trials == 0 || reference.Trials == 0)
        {
            return new ProportionRatio(group, reference, null, null, confidenceLevel, ProportionRatioStatus.NoTrials);
        }
        if (reference.Successes == 0)
        {
            return new ProportionRatio(group, reference, null, null, confidenceLevel, ProportionRatioStatus.ReferenceZeroCount);
        }
        double ratio = group.Proportion!.Value / reference.Proportion!.Value;
        if (group.Successes == 0)
        {
            return new ProportionRatio(group, reference, 0.0, null, confidenceLevel, ProportionRatioStatus.ZeroCount);
        }
        double se = Math.Sqrt((1.0 / group.Successes) - (1.0 / group.Trials) + (1.0 / reference.Successes) - (1.0 / reference.Trials));
        double z = StatisticsChecks.TwoSidedZ(confidenceLevel);
        double log = Math.Log(ratio);
        var interval = new ConfidenceInterval(Math.Exp(log - (z * se)), Math.Exp(log + (z * se)));
        return new ProportionRatio(group, reference, ratio, interval, confidenceLevel, ProportionRatioStatus.Ok);
    }
}
