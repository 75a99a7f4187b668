namespace PolicingModel;

/// <summary>
/// A policing operation: who ran it, when, why, the public event it is linked to, and everything it resulted in —
/// warrants, arrests, seizures, safeguarding actions, and totals reported without itemised detail.
/// </summary>
/// <remarks>
/// Value equality over all members, including every list. The constructor checks each value on its own; rules that
/// span records (an arrest before the operation began, an arrest citing a warrant the operation does not have,
/// duplicate ids, itemised arrests exceeding a reported total) are checked by <c>PolicingModel.Validation.OperationValidator</c>,
/// which reports every problem rather than throwing.
/// </remarks>
public sealed partial record Operation
{
    /// <summary>Creates an operation.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="name">Its name (an operation name, or a plain description where it has none).</param>
    /// <param name="leadForce">The force that led it.</param>
    /// <param name="period">When it ran: a dawn of warrants starting at 05:00, or a week of action; must have a start, may be open-ended.</param>
    /// <param name="leadUnit">The unit that led it, such as the Violent Crime Taskforce.</param>
    /// <param name="campaign">The wider campaign it belongs to, such as "Autumn Nights".</param>
    /// <param name="purpose">Its purpose, in a sentence.</param>
    /// <param name="focus">What it set out to tackle, each once.</param>
    /// <param name="supportingUnits">Units that supported it.</param>
    /// <param name="partnerForces">Other forces that supported it, each once, not the lead force.</param>
    /// <param name="linkedEvent">The public event it is linked to, if any.</param>
    /// <param name="investigationStarted">When the investigation behind it began, to the month ("began in May").</param>
    /// <param name="warrants">Warrants.</param>
    /// <param name="arrests">Arrests.</param>
    /// <param name="seizures">Seizures.</param>
    /// <param name="safeguarding">Safeguarding actions.</param>
    /// <param name="reportedTotals">Totals reported without itemised detail.</param>
    /// <param name="sources">Where the facts come from.</param>
    /// <param name="closures">Premises closed by notice or order.</param>
    /// <param name="jointLeadForces">Forces that ran it jointly with the lead force, each once, neither the lead force nor a partner.</param>
    /// <exception cref="ArgumentException">A value fails its own rule: unset id or force, blank name, a period unset or with no start or outside <see cref="ModelCalendar"/>, a null in a list, a repeated focus or partner, or the lead force listed as a partner.</exception>
    public Operation(
        OperationId id,
        string name,
        PoliceForce leadForce,
        Interval period,
        PolicingUnit? leadUnit = null,
        string? campaign = null,
        string? purpose = null,
        EquatableArray<OperationFocus> focus = default,
        EquatableArray<PolicingUnit> supportingUnits = default,
        EquatableArray<PoliceForce> partnerForces = default,
        PublicEvent? linkedEvent = null,
        YearMonth? investigationStarted = null,
        EquatableArray<Warrant> warrants = default,
        EquatableArray<Arrest> arrests = default,
        EquatableArray<Seizure> seizures = default,
        EquatableArray<SafeguardingAction> safeguarding = default,
        EquatableArray<ReportedTotal> reportedTotals = default,
        EquatableArray<SourceReference> sources = default,
        EquatableArray<PoliceForce> jointLeadForces = default,
        EquatableArray<PremisesClosure> closures = default)
    {
        Id = Identifier.CheckSet(id);
        Name = Preconditions.CheckNotBlank(name);
        LeadForce = Preconditions.CheckDefinedNotDefault(leadForce);
        Preconditions.CheckArgument(period != default, nameof(period), $"{nameof(period)} is unset (default(Interval)): give the operation's start, and its end when known.");
        Preconditions.CheckArgument(period.HasStart, nameof(period), $"{nameof(period)} must have a start.");
        Period = ModelCalendar.Check(period);
        LeadUnit = leadUnit;
        Campaign = Preconditions.CheckNullOrNotBlank(campaign);
        Purpose = Preconditions.CheckNullOrNotBlank(purpose);
        foreach (OperationFocus f in focus)
        {
            Preconditions.CheckDefinedNotDefault(f, nameof(focus));
        }
        Preconditions.CheckArgument(focus.Distinct().Count() == focus.Length, nameof(focus), $"{nameof(focus)} must not repeat a value.");
        Focus = focus;
        SupportingUnits = Preconditions.CheckNoNulls(supportingUnits);
        foreach (PoliceForce force in partnerForces)
        {
            Preconditions.CheckDefinedNotDefault(force, nameof(partnerForces));
        }
        Preconditions.CheckArgument(partnerForces.Distinct().Count() == partnerForces.Length, nameof(partnerForces), $"{nameof(partnerForces)} must not repeat a force.");
        Preconditions.CheckArgument(!partnerForces.Contains(leadForce), nameof(partnerForces), $"{nameof(partnerForces)} must not include the lead force.");
        PartnerForces = partnerForces;
        LinkedEvent = linkedEvent;
        InvestigationStarted = ModelCalendar.Check(investigationStarted);
        Warrants = Preconditions.CheckNoNulls(warrants);
        Arrests = Preconditions.CheckNoNulls(arrests);
        Seizures = Preconditions.CheckNoNulls(seizures);
        Safeguarding = Preconditions.CheckNoNulls(safeguarding);
        ReportedTotals = Preconditions.CheckNoNulls(reportedTotals);
        Sources = Preconditions.CheckNoNulls(sources);
        foreach (PoliceForce force in jointLeadForces)
        {
            Preconditions.CheckDefinedNotDefault(force, nameof(jointLeadForces));
        }
        Preconditions.CheckArgument(jointLeadForces.Distinct().Count() == jointLeadForces.Length, nameof(jointLeadForces), $"{nameof(jointLeadForces)} must not repeat a force.");
        Preconditions.CheckArgument(!jointLeadForces.Contains(leadForce), nameof(jointLeadForces), $"{nameof(jointLeadForces)} must not include the lead force.");
        Preconditions.CheckArgument(!jointLeadForces.Any(partnerForces.Contains), nameof(jointLeadForces), $"A force is either a joint lead or a partner, not both.");
        JointLeadForces = jointLeadForces;
        Closures = Preconditions.CheckNoNulls(closures);
    }

    /// <summary>Stable id.</summary>
    public OperationId Id { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The force that led it.</summary>
    public PoliceForce LeadForce { get; }

    /// <summary>When it ran (has a start; the end may be open).</summary>
    public Interval Period { get; }

    /// <summary>The unit that led it, if known.</summary>
    public PolicingUnit? LeadUnit { get; }

    /// <summary>The wider campaign, if any.</summary>
    public string? Campaign { get; }

    /// <summary>Its purpose, if stated.</summary>
    public string? Purpose { get; }

    /// <summary>What it set out to tackle.</summary>
    public EquatableArray<OperationFocus> Focus { get; }

    /// <summary>Units that supported it.</summary>
    public EquatableArray<PolicingUnit> SupportingUnits { get; }

    /// <summary>Other forces that took part.</summary>
    public EquatableArray<PoliceForce> PartnerForces { get; }

    /// <summary>
    /// Forces that ran the operation jointly with <see cref="LeadForce"/> ("a joint operation by Kent Police and Essex
    /// Police"), as distinct from <see cref="PartnerForces"/>, which supported it.
    /// </summary>
    public EquatableArray<PoliceForce> JointLeadForces { get; }

    /// <summary>Premises closed by notice or order as part of the operation.</summary>
    public EquatableArray<PremisesClosure> Closures { get; }

    /// <summary>The public event it is linked to, if any.</summary>
    public PublicEvent? LinkedEvent { get; }

    /// <summary>When the investigation behind it began, if stated.</summary>
    public YearMonth? InvestigationStarted { get; }

    /// <summary>Warrants.</summary>
    public EquatableArray<Warrant> Warrants { get; }

    /// <summary>Arrests.</summary>
    public EquatableArray<Arrest> Arrests { get; }

    /// <summary>Seizures.</summary>
    public EquatableArray<Seizure> Seizures { get; }

    /// <summary>Safeguarding actions.</summary>
    public EquatableArray<SafeguardingAction> Safeguarding { get; }

    /// <summary>Totals reported without itemised detail.</summary>
    public EquatableArray<ReportedTotal> ReportedTotals { get; }

    /// <summary>Where the facts come from.</summary>
    public EquatableArray<SourceReference> Sources { get; }

    /// <summary>The first day of the operation, in England and Wales.</summary>
    public LocalDate StartDate => EnglandAndWales.DateAt(Period.Start);
}
