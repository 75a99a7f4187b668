namespace PolicingModel.Equality;

/// <summary>
/// Proportions with confidence intervals, and comparisons of two groups' proportions: the building blocks of an
/// equality impact assessment ("12.4% of those stopped in the group were arrested, 95% CI 10.1% to 15.1%").
/// </summary>
/// <remarks>
/// <para>
/// Every method is a pure function of its arguments, computed immediately. Invalid input (a negative count, more
/// successes than trials, a confidence level outside (0, 1)) throws an <see cref="ArgumentException"/> naming the
/// parameter; data that cannot give an estimate (a group with nobody in it) gives null figures and a status, never
/// NaN or infinity.
/// </para>
/// <para>
/// The normal quantile z used by the score intervals and the Katz interval is the exact one,
/// z = Φ⁻¹(1 − α/2) (1.959964 for 95%), not 1.96 rounded as in <see cref="Aggregation.Disproportionality"/>; the two
/// agree to about five significant figures.
/// </para>
/// </remarks>
public static partial class Proportions
{
    /// <summary>The confidence level used when none is given: 0.95.</summary>
    public const double DefaultConfidenceLevel = 0.95;
}
