namespace PolicingModel.Equality;

/// <summary>Whether a proportion, a difference of proportions or a power calculation could be computed, and if not, why.</summary>
public enum ProportionStatus
{
    /// <summary>Everything was computed.</summary>
    [WireCode("ok")]
    Ok = 0,

    /// <summary>A group has no trials (nobody in it), so it has no proportion: the estimates are null. Never NaN.</summary>
    [WireCode("no-trials")]
    NoTrials,
}
