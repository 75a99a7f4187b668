using System.Globalization;
using System.Text;
using PolicingModel.Aggregation;

namespace PolicingModel.Equality;

/// <summary>
/// The ratio of a group's proportion to a reference group's, (k₁/n₁)/(k₂/n₂) — a representation ratio or a rate ratio
/// — with its Katz log interval; from <see cref="Proportions.Ratio"/>.
/// </summary>
/// <remarks>
/// Value equality over all members. A figure that cannot be computed is null with <see cref="Status"/> saying why;
/// no member is ever NaN or infinite.
/// </remarks>
public sealed record ProportionRatio
{
    internal ProportionRatio(BinomialCount group, BinomialCount reference, double? ratio, ConfidenceInterval? interval, double confidenceLevel, ProportionRatioStatus status)
    {
        Group = group;
        Reference = reference;
        Ratio = ratio;
        Interval = interval;
        ConfidenceLevel = confidenceLevel;
        Status = status;
    }

    /// <summary>The group compared.</summary>
    public BinomialCount Group { get; }

    /// <summary>The group it is compared with.</summary>
    public BinomialCount Reference { get; }

    /// <summary>The ratio of the proportions (1 means equal); null when a group has no trials or the reference proportion is zero.</summary>
    public double? Ratio { get; }

    /// <summary>The Katz log confidence interval of the ratio (limits finite and positive); null when not computable.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>The confidence level asked for, such as 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>What was computed, and if not everything, why.</summary>
    public ProportionRatioStatus Status { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Group = {Group}, Reference = {Reference}, Ratio = {Ratio:G4}, Interval = {Interval}, Status = {Status}");
        return true;
    }
}
