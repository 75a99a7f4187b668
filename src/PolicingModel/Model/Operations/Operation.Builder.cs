namespace PolicingModel;

public sealed partial record Operation
{
    /// <summary>A builder holding this operation's values, to change some and build a new operation.</summary>
    /// <returns>The builder; changing it never changes this operation.</returns>
    /// <example>
    /// <code>
    /// Operation.Builder builder = operation.ToBuilder();
    /// builder.Arrests.Add(lateArrest);
    /// Operation updated = builder.ToOperation();   // checked again, as the constructor checks
    /// </code>
    /// </example>
    public Builder ToBuilder() => new(this);

    /// <summary>The same operation with one more arrest.</summary>
    /// <param name="arrest">The arrest.</param>
    /// <returns>The new operation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    public Operation WithArrest(Arrest arrest)
    {
        Builder builder = ToBuilder();
        builder.Arrests.Add(Preconditions.CheckNotNull(arrest));
        return builder.ToOperation();
    }

    /// <summary>
    /// The values of an <see cref="Operation"/> gathered for change, in the style of <c>ImmutableArray&lt;T&gt;.Builder</c>:
    /// set the properties, edit the lists, then <see cref="ToOperation"/> builds a new operation, checking every value
    /// as the constructor does. Mutable and not thread-safe, like every builder.
    /// </summary>
    [Mutable]
    public sealed class Builder
    {
        /// <summary>A builder for a new operation, with the four values every operation needs.</summary>
        /// <param name="id">Stable id.</param>
        /// <param name="name">Its name.</param>
        /// <param name="leadForce">The force that led it.</param>
        /// <param name="period">When it ran.</param>
        /// <remarks>Nothing is checked until <see cref="ToOperation"/>.</remarks>
        public Builder(OperationId id, string name, PoliceForce leadForce, Interval period)
        {
            Id = id;
            Name = name;
            LeadForce = leadForce;
            Period = period;
        }

        internal Builder(Operation operation)
            : this(operation.Id, operation.Name, operation.LeadForce, operation.Period)
        {
            LeadUnit = operation.LeadUnit;
            Campaign = operation.Campaign;
            Purpose = operation.Purpose;
            Focus = [.. operation.Focus];
            SupportingUnits = [.. operation.SupportingUnits];
            PartnerForces = [.. operation.PartnerForces];
            JointLeadForces = [.. operation.JointLeadForces];
            Closures = [.. operation.Closures];
            LinkedEvent = operation.LinkedEvent;
            InvestigationStarted = operation.InvestigationStarted;
            Warrants = [.. operation.Warrants];
            Arrests = [.. operation.Arrests];
            Seizures = [.. operation.Seizures];
            Safeguarding = [.. operation.Safeguarding];
            ReportedTotals = [.. operation.ReportedTotals];
            Sources = [.. operation.Sources];
        }

        /// <summary>Stable id.</summary>
        public OperationId Id { get; set; }

        /// <summary>Its name.</summary>
        public string Name { get; set; }

        /// <summary>The force that led it.</summary>
        public PoliceForce LeadForce { get; set; }

        /// <summary>When it ran.</summary>
        public Interval Period { get; set; }

        /// <summary>The unit that led it.</summary>
        public PolicingUnit? LeadUnit { get; set; }

        /// <summary>The wider campaign.</summary>
        public string? Campaign { get; set; }

        /// <summary>Its purpose.</summary>
        public string? Purpose { get; set; }

        /// <summary>What it set out to tackle.</summary>
        public List<OperationFocus> Focus { get; } = [];

        /// <summary>Units that supported it.</summary>
        public List<PolicingUnit> SupportingUnits { get; } = [];

        /// <summary>Other forces that supported it.</summary>
        public List<PoliceForce> PartnerForces { get; } = [];

        /// <summary>Forces that ran it jointly with the lead force.</summary>
        public List<PoliceForce> JointLeadForces { get; } = [];

        /// <summary>Premises closed by notice or order.</summary>
        public List<PremisesClosure> Closures { get; } = [];

        /// <summary>The public event it is linked to.</summary>
        public PublicEvent? LinkedEvent { get; set; }

        /// <summary>When the investigation behind it began.</summary>
        public YearMonth? InvestigationStarted { get; set; }

        /// <summary>Warrants.</summary>
        public List<Warrant> Warrants { get; } = [];

        /// <summary>Arrests.</summary>
        public List<Arrest> Arrests { get; } = [];

        /// <summary>Seizures.</summary>
        public List<Seizure> Seizures { get; } = [];

        /// <summary>Safeguarding actions.</summary>
        public List<SafeguardingAction> Safeguarding { get; } = [];

        /// <summary>Totals reported without itemised detail.</summary>
        public List<ReportedTotal> ReportedTotals { get; } = [];

        /// <summary>Where the facts come from.</summary>
        public List<SourceReference> Sources { get; } = [];

        /// <summary>
        /// Adds a seizure with an id made from the operation's: <c>{operation id}/seizure-{n}</c>, n counting from 1 in
        /// the order of the builder's seizures. The ids are the same on every run for the same facts in the same order,
        /// for sources (press releases) that give none.
        /// </summary>
        /// <param name="item">What was seized.</param>
        /// <param name="location">Where, if stated.</param>
        /// <param name="underWarrant">The warrant it was seized under, if any.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
        public Builder Seize(SeizedItem item, Place? location = null, WarrantId? underWarrant = null)
        {
            var id = new SeizureId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id.Value}/seizure-{Seizures.Count + 1}"));
            Seizures.Add(new Seizure(id, Preconditions.CheckNotNull(item), location, underWarrant: underWarrant));
            return this;
        }

        /// <summary>Adds a total as the source reported it: <c>builder.Report(ReportedMeasure.Arrests, ReportedCount.MoreThan(30))</c>.</summary>
        /// <param name="measure">What it counts.</param>
        /// <param name="count">The figure, or null when the source gives none ("some").</param>
        /// <returns>This builder.</returns>
        public Builder Report(ReportedMeasure measure, ReportedCount? count)
        {
            ReportedTotals.Add(new ReportedTotal(measure, count));
            return this;
        }

        /// <summary>Adds a reported total built in full.</summary>
        /// <param name="total">The total.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
        public Builder Report(ReportedTotal total)
        {
            ReportedTotals.Add(Preconditions.CheckNotNull(total));
            return this;
        }

        /// <summary>Builds the operation from the builder's current values.</summary>
        /// <returns>A new operation; the builder can go on being changed without affecting it.</returns>
        /// <exception cref="ArgumentException">A value fails its rule, exactly as for the <see cref="Operation"/> constructor.</exception>
        public Operation ToOperation() => new(
            Id, Name, LeadForce, Period, LeadUnit, Campaign, Purpose, Focus, SupportingUnits, PartnerForces, LinkedEvent,
            InvestigationStarted, Warrants, Arrests, Seizures, Safeguarding, ReportedTotals, Sources, JointLeadForces, Closures);
    }
}
