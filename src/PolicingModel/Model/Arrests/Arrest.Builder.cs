namespace PolicingModel;

public sealed partial record Arrest
{
    /// <summary>A builder holding this arrest's values, to change some and build a new arrest.</summary>
    /// <returns>The builder; changing it never changes this arrest.</returns>
    public Builder ToBuilder() => new(this);

    /// <summary>
    /// The values of an <see cref="Arrest"/> gathered for change: set the properties, edit the offences, then
    /// <see cref="ToArrest"/> builds a new arrest, checking every value as the constructor does. Mutable and not thread-safe.
    /// </summary>
    [Mutable]
    public sealed class Builder
    {
        /// <summary>A builder for a new arrest, with the values every arrest needs (add at least one offence).</summary>
        /// <param name="id">Unique within the operation.</param>
        /// <param name="arrestedAt">The moment of arrest.</param>
        /// <param name="person">The person arrested.</param>
        /// <param name="force">The arresting force.</param>
        /// <param name="outcome">What happened next.</param>
        /// <remarks>Nothing is checked until <see cref="ToArrest"/>.</remarks>
        public Builder(ArrestId id, Instant arrestedAt, ArrestedPerson person, PoliceForce force, ArrestOutcome outcome)
        {
            Id = id;
            ArrestedAt = arrestedAt;
            Person = person;
            Force = force;
            Outcome = outcome;
        }

        internal Builder(Arrest arrest)
            : this(arrest.Id, arrest.ArrestedAt, arrest.Person, arrest.Force, arrest.Outcome)
        {
            Offences = [.. arrest.Offences];
            Location = arrest.Location;
            Warrant = arrest.Warrant;
            Custody = arrest.Custody;
            TimeKnown = arrest.TimeKnown;
        }

        /// <summary>Unique within the operation.</summary>
        public ArrestId Id { get; set; }

        /// <summary>The moment of arrest.</summary>
        public Instant ArrestedAt { get; set; }

        /// <summary>The person arrested.</summary>
        public ArrestedPerson Person { get; set; }

        /// <summary>The offences suspected, the principal one first.</summary>
        public List<SuspectedOffence> Offences { get; } = [];

        /// <summary>The arresting force.</summary>
        public PoliceForce Force { get; set; }

        /// <summary>What happened next.</summary>
        public ArrestOutcome Outcome { get; set; }

        /// <summary>Where the arrest was made.</summary>
        public Place? Location { get; set; }

        /// <summary>The warrant it was made under.</summary>
        public WarrantId? Warrant { get; set; }

        /// <summary>Custody details.</summary>
        public CustodyDetails? Custody { get; set; }

        /// <summary>How much of the time the source gives.</summary>
        public TimeKnown TimeKnown { get; set; }

        /// <summary>Builds the arrest from the builder's current values.</summary>
        /// <returns>A new arrest.</returns>
        /// <exception cref="ArgumentException">A value fails its rule, exactly as for the <see cref="Arrest"/> constructor.</exception>
        public Arrest ToArrest() => new(Id, ArrestedAt, Person, Offences, Force, Outcome, Location, Warrant, Custody, TimeKnown);
    }
}
