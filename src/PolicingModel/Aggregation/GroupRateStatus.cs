namespace PolicingModel.Aggregation;

/// <summary>
/// What could be computed for one group in a <see cref="DisproportionalityResult"/>, and if not everything, why.
/// When more than one reason applies, the first in this list's order (after <see cref="Ok"/>) is reported.
/// </summary>
public enum GroupRateStatus
{
    /// <summary>Rate, rate ratio and confidence interval are all given.</summary>
    [WireCode("ok")]
    Ok = 0,

    /// <summary>No population figure was supplied for the group: no rate, ratio or interval.</summary>
    [WireCode("no-population")]
    NoPopulation,

    /// <summary>The group's population is zero: no rate, ratio or interval (a rate per zero people is undefined).</summary>
    [WireCode("zero-population")]
    ZeroPopulation,

    /// <summary>This is the reference group: its rate ratio is 1 by definition and has no interval.</summary>
    [WireCode("reference-group")]
    ReferenceGroup,

    /// <summary>The reference group has no population figure, or a zero one: the rate is given, but no ratio or interval.</summary>
    [WireCode("reference-rate-unavailable")]
    ReferenceRateUnavailable,

    /// <summary>The reference group has no arrests, so its rate is zero: the rate is given, but no ratio (it would divide by zero) or interval.</summary>
    [WireCode("reference-zero-count")]
    ReferenceZeroCount,

    /// <summary>The group has no arrests: the rate and the ratio are 0; the interval is not computable (the logarithm of 0 is undefined).</summary>
    [WireCode("zero-count")]
    ZeroCount,

    /// <summary>
    /// The group or the reference group has more arrests than people (possible, since a person can be arrested more than
    /// once): rate and ratio are given, but the Katz interval, which treats the count as a share of the population, is not.
    /// </summary>
    [WireCode("count-exceeds-population")]
    CountExceedsPopulation,
}
