using System.Globalization;
using System.Text;

namespace PolicingModel.Equality;

/// <summary>
/// The difference between a group's proportion and a reference group's, p₁ − p₂, with Newcombe's hybrid score
/// interval; from <see cref="Proportions.Difference"/>.
/// </summary>
/// <remarks>
/// Value equality over all members. When either group has no trials the difference and the interval are null and
/// <see cref="Status"/> is <see cref="ProportionStatus.NoTrials"/>; no member is ever NaN or infinite.
/// </remarks>
public sealed record ProportionDifference
{
    internal ProportionDifference(BinomialCount group, BinomialCount reference, double? difference, ProportionInterval? interval, double confidenceLevel, ProportionStatus status)
    {
        Group = group;
        Reference = reference;
        Difference = difference;
        Interval = interval;
        ConfidenceLevel = confidenceLevel;
        Status = status;
    }

    /// <summary>The group compared.</summary>
    public BinomialCount Group { get; }

    /// <summary>The group it is compared with.</summary>
    public BinomialCount Reference { get; }

    /// <summary>p₁ − p₂, between −1 and 1 (multiply by 100 for percentage points); null when a group has no trials.</summary>
    public double? Difference { get; }

    /// <summary>The confidence interval of the difference, within [−1, 1]; null when a group has no trials.</summary>
    public ProportionInterval? Interval { get; }

    /// <summary>The confidence level asked for, such as 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>What was computed.</summary>
    public ProportionStatus Status { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Group = {Group}, Reference = {Reference}, Difference = {Difference:G4}, Interval = {Interval}, Status = {Status}");
        return true;
    }
}
