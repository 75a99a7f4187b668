namespace PolicingModel.Aggregation;

/// <summary>Maps an <see cref="ArrestOutcome"/> to its <see cref="ArrestOutcomeKind"/>.</summary>
public static class ArrestOutcomeKinds
{
    /// <summary>The kind of <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentException">An outcome kind this library does not know (cannot happen while the set of outcome records is closed).</exception>
    /// <remarks>
    /// Immediate; does not allocate. A type switch over the sealed outcome records (no reflection); the set of outcome
    /// kinds is closed, so the final arm is unreachable unless a new kind is added to the model without a member here.
    /// </remarks>
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
        _ => throw new ArgumentException($"{outcome.GetType().Name} has no {nameof(ArrestOutcomeKind)}.", nameof(outcome)),
    };
}
