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
    [WireCode("remains-in-custody")]
    RemainsInCustody = 1,

    /// <summary><see cref="PolicingModel.Bailed"/>: pre-charge bail.</summary>
    [WireCode("bailed")]
    Bailed,

    /// <summary><see cref="PolicingModel.ReleasedUnderInvestigation"/>.</summary>
    [WireCode("released-under-investigation")]
    ReleasedUnderInvestigation,

    /// <summary><see cref="PolicingModel.Charged"/>.</summary>
    [WireCode("charged")]
    Charged,

    /// <summary><see cref="PolicingModel.Cautioned"/>.</summary>
    [WireCode("cautioned")]
    Cautioned,

    /// <summary><see cref="PolicingModel.CommunityResolution"/>.</summary>
    [WireCode("community-resolution")]
    CommunityResolution,

    /// <summary><see cref="PolicingModel.NoFurtherAction"/>.</summary>
    [WireCode("no-further-action")]
    NoFurtherAction,

    /// <summary><see cref="PolicingModel.RecalledToPrison"/>.</summary>
    [WireCode("recalled-to-prison")]
    RecalledToPrison,

    /// <summary><see cref="PolicingModel.PutBeforeCourt"/>.</summary>
    [WireCode("put-before-court")]
    PutBeforeCourt,

    /// <summary><see cref="OutcomeNotReported"/>: the source does not give the outcome.</summary>
    [WireCode("not-reported")]
    NotReported,
}
