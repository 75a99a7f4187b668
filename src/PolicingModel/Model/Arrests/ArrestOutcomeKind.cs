namespace PolicingModel;

/// <summary>
/// The kind of an <see cref="ArrestOutcome"/> as a code, one member per sealed outcome record, so that summaries and
/// breakdowns can count arrests by what happened next in a dense grid. <see cref="ArrestOutcomeKinds.Of"/> maps an
/// outcome to its kind.
/// </summary>
/// <remarks>Zero is not a kind: it is the "unset" value, which no outcome maps to.</remarks>
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
