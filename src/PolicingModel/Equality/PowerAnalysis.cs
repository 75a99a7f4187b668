namespace PolicingModel.Equality;

/// <summary>
/// Power for comparing two groups' proportions: how likely the two-sided test was to find a difference of a given
/// size, and the smallest difference it could reliably find — what a report needs to say when a difference is not
/// statistically significant, so that "no evidence of a difference" is not read as "evidence of no difference".
/// </summary>
/// <remarks>
/// <para>
/// <b>Method.</b> The normal approximation to the two-sided, pooled two-proportion z-test (equivalent to the 2×2
/// chi-square test without continuity correction) at level α, with pooled variance under the null hypothesis and
/// unpooled under the alternative (Fleiss, Levin and Paik 2003, Statistical Methods for Rates and Proportions, 3rd
/// edition, chapter 4). With group sizes n₁, n₂, true proportions p₁ = p₂ + Δ and p₂, z = Φ⁻¹(1 − α/2),
/// p̄ = (n₁p₁ + n₂p₂)/(n₁ + n₂), σ₀ = √(p̄(1 − p̄)(1/n₁ + 1/n₂)) and σ₁ = √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂):
/// power = Φ((Δ − zσ₀)/σ₁) + Φ((−Δ − zσ₀)/σ₁). With equal group sizes this is R's <c>power.prop.test(strict = TRUE)</c>
/// (whose documented example, n = 50 per group, p = 0.50 against 0.75, gives power 0.740). When σ₁ = 0 (both true
/// proportions 0 or 1) the limits are used: each term is 1 if its numerator is positive, else 0.
/// </para>
/// <para>
/// <b>Minimum detectable difference.</b> The smallest δ &gt; 0 with power(p₂ ± δ against p₂) ≥ the target power,
/// found by scanning δ over 200 equal steps of the possible range and refining the first step that reaches the
/// target by bisection to 1e-12.
/// </para>
/// <para>
/// <b>Exact power</b> of Fisher's test, when (n₁ + 1)(n₂ + 1) ≤ <see cref="MaxExactPowerTables"/>: the sum of
/// b(x₁; n₁, p₁)·b(x₂; n₂, p₂) over the outcomes the test rejects. Fisher's test is conservative, so this is usually
/// below the normal-approximation power.
/// </para>
/// <para>
/// The power to detect the difference actually observed ("post-hoc power") adds nothing to the p-value it is a
/// function of (Hoenig and Heisey 2001, "The abuse of power", The American Statistician 55:19–24); the minimum
/// detectable difference, or the power against a difference that would matter, is the informative figure.
/// </para>
/// </remarks>
public static class PowerAnalysis
{
    /// <summary>The significance level used when none is given: 0.05.</summary>
    public const double DefaultSignificanceLevel = 0.05;

    /// <summary>The power that counts as "reliably detected" when none is given: 0.8.</summary>
    public const double DefaultTargetPower = 0.8;

    /// <summary>The largest (n₁ + 1)(n₂ + 1) for which the exact power of Fisher's test is computed: 250,000.</summary>
    public const long MaxExactPowerTables = 250_000;

    /// <summary>The smallest expected count, under the alternative, at which the normal approximation is taken as adequate: 5.</summary>
    public const double AdequateExpectedCount = 5.0;

    private const int ScanSteps = 200;

    /// <summary>Power against a given difference from a given reference proportion.</summary>
    /// <param name="groupSize">n₁, the size of the group compared.</param>
    /// <param name="referenceSize">n₂, the size of the reference group.</param>
    /// <param name="referenceProportion">p₂, the reference group's proportion, from 0 to 1.</param>
    /// <param name="difference">Δ = p₁ − p₂, with p₂ + Δ from 0 to 1 (0.05 is 5 percentage points).</param>
    /// <param name="significanceLevel">α of the two-sided test, strictly between 0 and 1; 0.05 by default.</param>
    /// <param name="targetPower">The power that counts as reliable, strictly between 0 and 1; 0.8 by default.</param>
    /// <returns>The power and the minimum detectable differences; when a size is 0, null figures and <see cref="ProportionStatus.NoTrials"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative or above 2⁵³, a proportion is outside [0, 1], or a level is not strictly between 0 and 1.</exception>
    /// <remarks>Immediate. Allocates the result, and for the exact power arrays of about n₁ + n₂ doubles.</remarks>
    /// <example><c>PowerAnalysis.For(50, 50, 0.50, 0.25).Power</c> is 0.740.</example>
    public static TwoProportionPower For(
        long groupSize, long referenceSize, double referenceProportion, double difference,
        double significanceLevel = DefaultSignificanceLevel, double targetPower = DefaultTargetPower)
    {
        StatisticsChecks.CheckCount(groupSize);
        StatisticsChecks.CheckCount(referenceSize);
        StatisticsChecks.CheckProportion(referenceProportion);
        if (!(referenceProportion + difference >= 0.0 && referenceProportion + difference <= 1.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(difference), difference, $"{nameof(difference)} must keep {nameof(referenceProportion)} + {nameof(difference)} between 0 and 1.");
        }
        StatisticsChecks.CheckProbabilityLevel(significanceLevel);
        StatisticsChecks.CheckProbabilityLevel(targetPower);
        return Compute(groupSize, referenceSize, referenceProportion, difference, significanceLevel, targetPower);
    }

    /// <summary>Power against the difference observed between two groups, at the reference group's observed proportion.</summary>
    /// <param name="group">The group compared.</param>
    /// <param name="reference">The reference group.</param>
    /// <param name="significanceLevel">α of the two-sided test, strictly between 0 and 1; 0.05 by default.</param>
    /// <param name="targetPower">The power that counts as reliable, strictly between 0 and 1; 0.8 by default.</param>
    /// <returns>The power and the minimum detectable differences; when a group is empty, null figures and <see cref="ProportionStatus.NoTrials"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    /// <remarks>Immediate. Allocates the result. See the type's remarks on post-hoc power.</remarks>
    public static TwoProportionPower Of(
        BinomialCount group, BinomialCount reference,
        double significanceLevel = DefaultSignificanceLevel, double targetPower = DefaultTargetPower)
    {
        StatisticsChecks.CheckProbabilityLevel(significanceLevel);
        StatisticsChecks.CheckProbabilityLevel(targetPower);
        if (group.Proportion is not { } p1 || reference.Proportion is not { } p2)
        {
            return new TwoProportionPower(
                group.Trials, reference.Trials, reference.Proportion, null, significanceLevel, targetPower, null, null, null, null, false, ProportionStatus.NoTrials);
        }
        return Compute(group.Trials, reference.Trials, p2, p1 - p2, significanceLevel, targetPower);
    }

    private static TwoProportionPower Compute(long n1, long n2, double p2, double difference, double alpha, double target)
    {
        if (n1 == 0 || n2 == 0)
        {
            return new TwoProportionPower(n1, n2, p2, difference, alpha, target, null, null, null, null, false, ProportionStatus.NoTrials);
        }
        double z = StatisticsChecks.TwoSidedZ(1.0 - alpha);
        double p1 = Math.Clamp(p2 + difference, 0.0, 1.0);
        double power = NormalPower(n1, n2, p1, p2, z);
        double? exact = (n1 + 1.0) * (n2 + 1.0) <= MaxExactPowerTables ? FisherPower.Power(n1, n2, p1, p2, alpha) : null;
        double? increase = MinimumDetectable(n1, n2, p2, 1.0 - p2, +1.0, z, target);
        double? decrease = MinimumDetectable(n1, n2, p2, p2, -1.0, z, target);
        bool adequate = Math.Min(Math.Min(n1 * p1, n1 * (1.0 - p1)), Math.Min(n2 * p2, n2 * (1.0 - p2))) >= AdequateExpectedCount;
        return new TwoProportionPower(n1, n2, p2, difference, alpha, target, power, exact, increase, decrease, adequate, ProportionStatus.Ok);
    }

    // Φ((Δ − zσ₀)/σ₁) + Φ((−Δ − zσ₀)/σ₁); see the type's remarks.
    internal static double NormalPower(double n1, double n2, double p1, double p2, double z)
    {
        double delta = p1 - p2;
        double pooled = Math.Clamp(((n1 * p1) + (n2 * p2)) / (n1 + n2), 0.0, 1.0);
        double sigma0 = Math.Sqrt(pooled * (1.0 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        double sigma1 = Math.Sqrt((p1 * (1.0 - p1) / n1) + (p2 * (1.0 - p2) / n2));
        double upper = delta - (z * sigma0);
        double lower = -delta - (z * sigma0);
        if (sigma1 == 0.0)
        {
            return (upper > 0.0 ? 1.0 : 0.0) + (lower > 0.0 ? 1.0 : 0.0);
        }
        return Math.Min(1.0, SpecialFunctions.NormalCdf(upper / sigma1) + SpecialFunctions.NormalCdf(lower / sigma1));
    }

    private static double? MinimumDetectable(long n1, long n2, double p2, double range, double sign, double z, double target)
    {
        if (range <= 0.0)
        {
            return null;
        }
        // The first grid step that reaches the target, not a check at the end of the range: when a group is small
        // and p₁ nears 0 or 1 the approximate power is not monotone in δ (σ₁ collapses), so the end can fall short
        // of a target reached earlier.
        double below = 0.0;
        double? above = null;
        for (int step = 1; step <= ScanSteps; step++)
        {
            double delta = step == ScanSteps ? range : range * step / ScanSteps;
            if (NormalPower(n1, n2, p2 + (sign * delta), p2, z) >= target)
            {
                above = delta;
                break;
            }
            below = delta;
        }
        if (above is not { } high)
        {
            return null;
        }
        for (int i = 0; i < 200 && high - below > 1e-12; i++)
        {
            double middle = 0.5 * (below + high);
            if (NormalPower(n1, n2, p2 + (sign * middle), p2, z) >= target)
            {
                high = middle;
            }
            else
            {
                below = middle;
            }
        }
        return high;
    }
}
