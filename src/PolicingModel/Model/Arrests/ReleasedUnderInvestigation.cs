namespace PolicingModel;

/// <summary>Released under investigation: not bail, so no conditions and no return date.</summary>
public sealed record ReleasedUnderInvestigation : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="releasedAt">When the person was released, if known.</param>
    public ReleasedUnderInvestigation(Instant? releasedAt = null) => ReleasedAt = ModelCalendar.Check(releasedAt);

    /// <summary>When the person was released, if known.</summary>
    public Instant? ReleasedAt { get; }
}
