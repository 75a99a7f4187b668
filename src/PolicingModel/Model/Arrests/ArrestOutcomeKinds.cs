namespace PolicingModel;

/// <summary>Maps outcomes to their <see cref="ArrestOutcomeKind"/>.</summary>
public static class ArrestOutcomeKinds
{
    /// <summary>The kind of <paramref name="outcome"/>.</summary>
    /// <param name="outcome">An outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static ArrestOutcomeKind Of(ArrestOutcome outcome) => outcome switch
    {
        null => throw new ArgumentNullException(nameof(outcome)),
        RemainsInCustody => ArrestOutcomeKind.RemainsInCustody,
        Bailed => ArrestOutcomeKind.Bailed,
        ReleasedUnderInvestigation => ArrestOutcomeKind.ReleasedUnderInvestigation,
        Charged => ArrestOutcomeKind.Charged,
        Cautioned => ArrestOutcomeKind.Cautioned,
        CommunityResolution => ArrestOutcomeKind.CommunityResolution,
        NoFurtherAction => ArrestOutcomeKind.NoFurtherAction,
        RecalledToPrison => ArrestOutcomeKind.RecalledToPrison,
        PutBeforeCourt => ArrestOutcomeKind.PutBeforeCourt,
        OutcomeNotReported => ArrestOutcomeKind.NotReported,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, "Unknown outcome kind."),
    };
}
