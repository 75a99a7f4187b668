namespace PolicingModel;

/// <summary>
/// One seizure: what was taken, where and when, and whom or which warrant it is linked to. "A knife was recovered
/// during a search of an address in South Norwood" is a <see cref="WeaponSeized"/> with that place.
/// </summary>
/// <remarks>Value equality over all members. Links to arrests and warrants are checked by validation.</remarks>
public sealed record Seizure
{
    /// <summary>Creates a seizure.</summary>
    /// <param name="id">Unique within the operation.</param>
    /// <param name="item">What was seized.</param>
    /// <param name="location">Where, if known.</param>
    /// <param name="seizedAt">When, if known.</param>
    /// <param name="fromArrest">The arrest it was seized on, if any.</param>
    /// <param name="underWarrant">The warrant whose search found it, if any.</param>
    /// <exception cref="ArgumentException">An unset id or a missing item.</exception>
    public Seizure(SeizureId id, SeizedItem item, Place? location = null, Instant? seizedAt = null, ArrestId? fromArrest = null, WarrantId? underWarrant = null)
    {
        Id = Identifier.CheckSet(id);
        Item = Preconditions.CheckNotNull(item);
        Location = location;
        SeizedAt = ModelCalendar.Check(seizedAt);
        FromArrest = Identifier.CheckSetOrNull(fromArrest);
        UnderWarrant = Identifier.CheckSetOrNull(underWarrant);
    }

    /// <summary>Unique within the operation.</summary>
    public SeizureId Id { get; }

    /// <summary>What was seized.</summary>
    public SeizedItem Item { get; }

    /// <summary>Where, if known.</summary>
    public Place? Location { get; }

    /// <summary>When, if known.</summary>
    public Instant? SeizedAt { get; }

    /// <summary>The arrest it was seized on, if any.</summary>
    public ArrestId? FromArrest { get; }

    /// <summary>The warrant whose search found it, if any.</summary>
    public WarrantId? UnderWarrant { get; }
}
