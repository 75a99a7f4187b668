namespace PolicingModel.Queries;

/// <summary>The kind of an <see cref="ArrestOutcome"/>, for counting arrests by what happened next.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value.</remarks>
public enum ArrestOutcomeKind
{
    /// <summary><see cref="PolicingModel.RemainsInCustody"/>.</summary>
    RemainsInCustody = 1,

    /// <summary><see cref="PolicingModel.Bailed"/>: pre-charge bail.</summary>
    Bailed,

    /// <summary><see cref="PolicingModel.ReleasedUnderInvestigation"/>.</summary>
    ReleasedUnderInvestigation,

    /// <summary><see cref="PolicingModel.Charged"/>.</summary>
    Charged,

    /// <summary><see cref="PolicingModel.Cautioned"/>.</summary>
    Cautioned,

    /// <summary><see cref="PolicingModel.CommunityResolution"/>.</summary>
    CommunityResolution,

    /// <summary><see cref="PolicingModel.NoFurtherAction"/>.</summary>
    NoFurtherAction,

    /// <summary><see cref="PolicingModel.RecalledToPrison"/>.</summary>
    RecalledToPrison,
}
