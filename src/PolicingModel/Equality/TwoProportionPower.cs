using System.Globalization;
using System.Text;

namespace PolicingModel.Equality;

/// <summary>
/// The power of the two-sided test comparing two groups' proportions, and the smallest differences it could reliably
/// detect; from <see cref="PowerAnalysis"/>. Enough for a sentence such as "no statistically significant difference
/// (p = 0.31); with these numbers the test had 23% power to detect a difference of 4 percentage points, and could
/// only reliably detect a difference of at least 9 percentage points".
/// </summary>
/// <remarks>
/// Value equality over all members. Figures that cannot be computed are null, with <see cref="Status"/> saying why;
/// none is ever NaN or infinite. Differences are proportions (0.04 is 4 percentage points).
/// </remarks>
public sealed record TwoProportionPower
{
    internal TwoProportionPower(
        long groupSize, long referenceSize, double? referenceProportion, double? difference, double significanceLevel, double targetPower,
        double? power, double? exactPower, double? minimumDetectableIncrease, double? minimumDetectableDecrease, bool isApproximationAdequate,
        ProportionStatus status)
    {
        GroupSize = groupSize;
        ReferenceSize = referenceSize;
        ReferenceProportion = referenceProportion;
        Difference = difference;
        SignificanceLevel = significanceLevel;
        TargetPower = targetPower;
        Power = power;
        ExactPower = exactPower;
        MinimumDetectableIncrease = minimumDetectableIncrease;
        MinimumDetectableDecrease = minimumDetectableDecrease;
        IsApproximationAdequate = isApproximationAdequate;
        Status = status;
    }

    /// <summary>n₁, the size of the group compared.</summary>
    public long GroupSize { get; }

    /// <summary>n₂, the size of the reference group.</summary>
    public long ReferenceSize { get; }

    /// <summary>p₂, the reference group's proportion the power is computed at; null when it was to be observed and the reference group is empty.</summary>
    public double? ReferenceProportion { get; }

    /// <summary>The difference p₁ − p₂ whose detection <see cref="Power"/> is about; null when it was to be observed and a group is empty.</summary>
    public double? Difference { get; }

    /// <summary>The significance level of the two-sided test, such as 0.05.</summary>
    public double SignificanceLevel { get; }

    /// <summary>The power that counts as "reliably detected", such as 0.8.</summary>
    public double TargetPower { get; }

    /// <summary>
    /// The probability that the two-proportion z-test (equivalently the 2×2 chi-square test) finds a significant
    /// difference when the true proportions are p₂ + <see cref="Difference"/> and p₂; null when a group is empty.
    /// </summary>
    public double? Power { get; }

    /// <summary>
    /// The same probability for Fisher's exact test, computed exactly by enumerating every outcome; null when a group
    /// is empty or (n₁ + 1)(n₂ + 1) exceeds <see cref="PowerAnalysis.MaxExactPowerTables"/>.
    /// </summary>
    public double? ExactPower { get; }

    /// <summary>
    /// The smallest increase δ over p₂ that the test detects with at least <see cref="TargetPower"/>; null when even a
    /// group proportion of 1 would not be detected that reliably, or a group is empty.
    /// </summary>
    public double? MinimumDetectableIncrease { get; }

    /// <summary>The smallest decrease δ below p₂ (reported as a positive number) detected with at least <see cref="TargetPower"/>; null when even 0 would not be, or a group is empty.</summary>
    public double? MinimumDetectableDecrease { get; }

    /// <summary>
    /// The minimum detectable difference in the direction of <see cref="Difference"/>: the decrease when it is
    /// negative, the increase otherwise.
    /// </summary>
    public double? MinimumDetectableDifference => Difference < 0.0 ? MinimumDetectableDecrease : MinimumDetectableIncrease;

    /// <summary>
    /// True when every expected count under the alternative — n₁p₁, n₁(1 − p₁), n₂p₂, n₂(1 − p₂) — is at least
    /// <see cref="PowerAnalysis.AdequateExpectedCount"/> (5), so that the normal approximation behind <see cref="Power"/>
    /// can be relied on; otherwise prefer <see cref="ExactPower"/> where it is given. False when a group is empty.
    /// </summary>
    public bool IsApproximationAdequate { get; }

    /// <summary><see cref="ProportionStatus.Ok"/>, or <see cref="ProportionStatus.NoTrials"/> when a group is empty.</summary>
    public ProportionStatus Status { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"GroupSize = {GroupSize}, ReferenceSize = {ReferenceSize}, ReferenceProportion = {ReferenceProportion:G4}, Difference = {Difference:G4}, Power = {Power:G4}, ExactPower = {ExactPower:G4}, MinimumDetectableIncrease = {MinimumDetectableIncrease:G4}, MinimumDetectableDecrease = {MinimumDetectableDecrease:G4}, IsApproximationAdequate = {IsApproximationAdequate}, Status = {Status}");
        return true;
    }
}
