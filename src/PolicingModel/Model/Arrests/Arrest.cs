namespace PolicingModel;

/// <summary>
/// One arrest: who (described without identifying them), when and where, on suspicion of what, by which force, under
/// which warrant, and what happened next. "A 26-year-old man from Lambeth was arrested on suspicion of being concerned
/// in the supply of Class A drugs and modern slavery" is one arrest with two suspected offences.
/// </summary>
/// <remarks>
/// Value equality over all members, including the offences. Rules that span records (an arrest before its operation
/// began, a warrant the operation does not have, an arrestee under 10) are checked by validation.
/// </remarks>
public sealed partial record Arrest
{
    /// <summary>Creates an arrest.</summary>
    /// <param name="id">Unique within the operation.</param>
    /// <param name="arrestedAt">The moment of arrest.</param>
    /// <param name="person">The person arrested.</param>
    /// <param name="offences">The offences suspected, at least one, the principal one first.</param>
    /// <param name="force">The arresting force.</param>
    /// <param name="outcome">What happened next, as last known.</param>
    /// <param name="location">Where the arrest was made, if known.</param>
    /// <param name="warrant">The warrant it was made under (or during whose execution it was made), if any.</param>
    /// <param name="custody">Custody details, when the person was taken to a station.</param>
    /// <param name="timeKnown">How much of the time the source gives ("in the early hours", the date only); <paramref name="arrestedAt"/> is then the start of what is known.</param>
    /// <exception cref="ArgumentException">An unset id or force, a missing person or outcome, no offences, or a station arrival before the arrest (other than for voluntary attendance, which it cannot precede either).</exception>
    public Arrest(
        ArrestId id,
        Instant arrestedAt,
        ArrestedPerson person,
        EquatableArray<SuspectedOffence> offences,
        PoliceForce force,
        ArrestOutcome outcome,
        Place? location = null,
        WarrantId? warrant = null,
        CustodyDetails? custody = null,
        TimeKnown timeKnown = TimeKnown.Exact)
    {
        Id = Identifier.CheckSet(id);
        ArrestedAt = ModelCalendar.Check(arrestedAt);
        TimeKnown = TimesKnown.Check(arrestedAt, timeKnown, nameof(arrestedAt), nameof(timeKnown));
        Person = Preconditions.CheckNotNull(person);
        Offences = Preconditions.CheckNotEmpty(offences);
        Force = Preconditions.CheckDefinedNotDefault(force);
        Outcome = Preconditions.CheckNotNull(outcome);
        Location = location;
        Warrant = Identifier.CheckSetOrNull(warrant);
        Preconditions.CheckArgument(
            custody is null || custody.Circumstance == DetentionCircumstance.VoluntaryAttendance || custody.ArrivedAtStationAt >= arrestedAt,
            nameof(custody),
            $"{nameof(custody)}: arrival at the police station must not be before the arrest.");
        Custody = custody;
    }

    /// <summary>Unique within the operation.</summary>
    public ArrestId Id { get; }

    /// <summary>The moment of arrest.</summary>
    public Instant ArrestedAt { get; }

    /// <summary>How much of the arrest's time the source gives; when not exact, <see cref="ArrestedAt"/> is the start of what is known.</summary>
    public TimeKnown TimeKnown { get; }

    /// <summary>Every instant the arrest may have been made (one instant when exact).</summary>
    public Interval ArrestedDuring => TimesKnown.Span(ArrestedAt, TimeKnown);

    /// <summary>The person arrested.</summary>
    public ArrestedPerson Person { get; }

    /// <summary>The offences suspected, the principal one first.</summary>
    public EquatableArray<SuspectedOffence> Offences { get; }

    /// <summary>The principal offence (the first), which statistics count the arrest under.</summary>
    public SuspectedOffence PrincipalOffence => Offences[0];

    /// <summary>The arresting force.</summary>
    public PoliceForce Force { get; }

    /// <summary>What happened next, as last known.</summary>
    public ArrestOutcome Outcome { get; }

    /// <summary>Where the arrest was made, if known.</summary>
    public Place? Location { get; }

    /// <summary>The warrant it was made under, if any.</summary>
    public WarrantId? Warrant { get; }

    /// <summary>Custody details, if any.</summary>
    public CustodyDetails? Custody { get; }

    /// <summary>The same arrest with a new outcome (for example when a person in custody is charged).</summary>
    /// <param name="outcome">The new outcome.</param>
    /// <exception cref="ArgumentNullException">No outcome.</exception>
    public Arrest WithOutcome(ArrestOutcome outcome) =>
        new(Id, ArrestedAt, Person, Offences, Force, outcome, Location, Warrant, Custody);
}
