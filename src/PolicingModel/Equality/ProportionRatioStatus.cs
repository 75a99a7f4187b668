namespace PolicingModel.Equality;

/// <summary>
/// What could be computed for a <see cref="ProportionRatio"/>, and if not everything, why. When more than one reason
/// applies, the first in this list's order (after <see cref="Ok"/>) is reported.
/// </summary>
public enum ProportionRatioStatus
{
    /// <summary>The ratio and its Katz interval are given.</summary>
    [WireCode("ok")]
    Ok = 0,

    /// <summary>A group has no trials, so it has no proportion: no ratio or interval.</summary>
    [WireCode("no-trials")]
    NoTrials,

    /// <summary>The reference group's proportion is zero: no ratio (it would divide by zero) or interval.</summary>
    [WireCode("reference-zero-count")]
    ReferenceZeroCount,

    /// <summary>The group's count is zero: the ratio is 0, but the Katz interval is not computable (the logarithm of 0 is undefined).</summary>
    [WireCode("zero-count")]
    ZeroCount,
}
