using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// One ethnicity group's line in a <see cref="DisproportionalityResult"/>: arrests, population, arrests per 1,000
/// population, the ratio of that rate to the reference group's, and its 95% confidence interval.
/// </summary>
/// <remarks>
/// Value equality over all members. Every figure that could not be computed is null, with <see cref="Status"/> saying
/// why; no member is ever NaN or infinite.
/// </remarks>
public sealed record GroupRate
{
    internal GroupRate(EthnicityGroup group, long count, long? population, double? ratePer1000, double? rateRatio, ConfidenceInterval? confidenceInterval95, GroupRateStatus status)
    {
        Group = group;
        Count = count;
        Population = population;
        RatePer1000 = ratePer1000;
        RateRatio = rateRatio;
        ConfidenceInterval95 = confidenceInterval95;
        Status = status;
    }

    /// <summary>The ethnicity group.</summary>
    public EthnicityGroup Group { get; }

    /// <summary>The number of arrests of people in the group.</summary>
    public long Count { get; }

    /// <summary>The group's population, as supplied; null when none was.</summary>
    public long? Population { get; }

    /// <summary>Arrests per 1,000 population (<c>1000 × Count / Population</c>); null without a positive population.</summary>
    public double? RatePer1000 { get; }

    /// <summary>The group's rate divided by the reference group's; null when either rate is unavailable or the reference rate is zero.</summary>
    public double? RateRatio { get; }

    /// <summary>The 95% confidence interval of <see cref="RateRatio"/> by the Katz log method; null when not computable.</summary>
    public ConfidenceInterval? ConfidenceInterval95 { get; }

    /// <summary>What was computed, and if not everything, why.</summary>
    public GroupRateStatus Status { get; }
}
