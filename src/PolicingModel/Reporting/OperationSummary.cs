using PolicingModel.Queries;

namespace PolicingModel.Reporting;

/// <summary>
/// What an operation (or several) resulted in, as totals: warrants executed, arrests by offence group and by outcome,
/// cash per currency, drugs by class and by substance, weapons, phones, vehicles, safeguarding, and bail conditions
/// with the events they ban. Built by <see cref="Of"/> and merged by <see cref="Combine"/>.
/// </summary>
/// <remarks>
/// <para>
/// Value equality over all members, including every list. Itemised records are used where they exist and reported
/// totals where they do not; a reported total wins only when it says more than the itemised records (55 reported
/// arrests beside three itemised ones count as 55). A total reported without a number ("some of those arrested") is
/// counted as at least one, so that adding it to other figures stays honest ("at least eight").
/// </para>
/// <para>
/// Hedges survive addition: around £20,000 plus £500 is around £20,500 (<see cref="Money.Add"/>); quantities are kept
/// one total per unit dimension, because grams and wraps never add up. The summary never reads
/// <see cref="PersonalIdentifiers"/>.
/// </para>
/// </remarks>
public sealed record OperationSummary
{
    private OperationSummary()
    {
    }

    /// <summary>The operations summarised, in order.</summary>
    public EquatableArray<OperationId> Operations { get; private init; }

    /// <summary>Warrants executed: the itemised executions, or the reported total when it is larger.</summary>
    public ReportedCount WarrantsExecuted { get; private init; }

    /// <summary>Arrests itemised in the records.</summary>
    public int ItemisedArrests { get; private init; }

    /// <summary>Arrests: the itemised count, or the reported total when it is larger.</summary>
    public ReportedCount Arrests { get; private init; }

    /// <summary>Itemised arrests by the group of their principal offence (as Home Office statistics count them), in group order.</summary>
    public EquatableArray<Tally<OffenceGroup>> ArrestsByOffenceGroup { get; private init; }

    /// <summary>Arrests by outcome kind: itemised outcomes, or reported totals of people charged, bailed and so on where larger, in kind order.</summary>
    public EquatableArray<Tally<ArrestOutcomeKind>> ArrestsByOutcome { get; private init; }

    /// <summary>Every offence named for the arrests, each once: those in reported totals first, then those of itemised arrests.</summary>
    public EquatableArray<SuspectedOffence> OffencesNamed { get; private init; }

    /// <summary>Cash seized, one amount per currency, in the order the currencies first appear.</summary>
    public EquatableArray<Money> Cash { get; private init; }

    /// <summary>Drugs seized by class (on the date of seizure, else the operation's first day), in class order; uncontrolled substances have no class.</summary>
    public EquatableArray<DrugClassTotal> DrugsByClass { get; private init; }

    /// <summary>Drugs seized by identified substance, in the order they first appear.</summary>
    public EquatableArray<SubstanceTotal> DrugsBySubstance { get; private init; }

    /// <summary>Weapons seized by kind, in kind order.</summary>
    public EquatableArray<Tally<WeaponKind>> WeaponsByKind { get; private init; }

    /// <summary>Phone handsets seized.</summary>
    public ReportedCount Phones { get; private init; }

    /// <summary>Separate SIM cards seized.</summary>
    public ReportedCount SimCards { get; private init; }

    /// <summary>Vehicles seized by kind, in kind order.</summary>
    public EquatableArray<Tally<VehicleKind>> VehiclesByKind { get; private init; }

    /// <summary>Seizures of other property.</summary>
    public int OtherPropertySeizures { get; private init; }

    /// <summary>Safeguarding actions by kind (a count of actions, not people), in kind order.</summary>
    public EquatableArray<Tally<SafeguardingKind>> SafeguardingByKind { get; private init; }

    /// <summary>People safeguarded: the sum of the actions' counts, or the reported total when larger.</summary>
    public ReportedCount PeopleSafeguarded { get; private init; }

    /// <summary>People reported as identified as vulnerable or exploited and offered support (reported totals only).</summary>
    public ReportedCount VulnerablePeopleIdentified { get; private init; }

    /// <summary>People bailed with conditions: itemised arrests whose bail carries a condition, or the reported total when larger.</summary>
    public ReportedCount BailedWithConditions { get; private init; }

    /// <summary>The public events that bail conditions ban people from attending, each once, in the order they first appear.</summary>
    public EquatableArray<PublicEvent> EventsBanned { get; private init; }

    /// <summary>A summary of nothing: every figure zero and every list empty.</summary>
    public static OperationSummary Empty { get; } = new()
    {
        WarrantsExecuted = ReportedCounts.Zero,
        Arrests = ReportedCounts.Zero,
        Phones = ReportedCounts.Zero,
        SimCards = ReportedCounts.Zero,
        PeopleSafeguarded = ReportedCounts.Zero,
        VulnerablePeopleIdentified = ReportedCounts.Zero,
        BailedWithConditions = ReportedCounts.Zero,
    };

    /// <summary>Summarises one operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <remarks>Immediate.</remarks>
    /// <example>
    /// <code>
    /// OperationSummary summary = OperationSummary.Of(operation);
    /// string headline = $"{summary.WarrantsExecuted} warrants, {summary.Arrests} arrests";
    /// string cash = string.Join(", ", summary.Cash);   // "around £20,000"
    /// // Summaries of many operations combine: OperationSummary.Combine(operations.Select(OperationSummary.Of))
    /// </code>
    /// </example>
    public static OperationSummary Of(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ReportedCount? Reported(ReportedMeasure measure)
        {
            // A total the source gives as a possibility ("may be bailed") is not a figure of what happened.
            // Nor is a part of it by age or sex a figure of the whole.
            ReportedCount[] figures = [.. operation.ReportedTotals.Where(t => t.Measure == measure && !t.IsProspective && !t.IsPartByPerson).Select(ReportedCounts.Of)];
            return figures.Length == 0 ? null : ReportedCounts.Sum(figures);
        }

        // When the itemised arrests are not all there were, what they show is a floor for the whole ("at least three
        // were charged"), never the whole figure.
        ReportedCount arrests = ReportedCounts.Prefer(operation.Arrests.Length, ReportedArrests(operation));
        bool itemisedAreAll = arrests == ReportedCount.Exactly(operation.Arrests.Length);
        ReportedCount Known(int itemised, ReportedCount? reported) =>
            reported is null && !itemisedAreAll && itemised > 0 ? ReportedCount.AtLeast(itemised) : ReportedCounts.Prefer(itemised, reported);

        var itemisedOutcomes = operation.Arrests
            .GroupBy(a => ArrestOutcomeKinds.Of(a.Outcome))
            .ToDictionary(g => g.Key, g => g.Count());
        var outcomes = new List<Tally<ArrestOutcomeKind>>();
        foreach (ArrestOutcomeKind kind in Enum.GetValues<ArrestOutcomeKind>())
        {
            // Bailed: the total of all bailed; a total of those bailed with conditions stays in BailedWithConditions
            // (it is part of the bailed, and is said once).
            ReportedCount? reported = kind switch
            {
                ArrestOutcomeKind.RemainsInCustody => Reported(ReportedMeasure.RemainsInCustody),
                ArrestOutcomeKind.Bailed => Reported(ReportedMeasure.Bailed),
                ArrestOutcomeKind.ReleasedUnderInvestigation => Reported(ReportedMeasure.ReleasedUnderInvestigation),
                ArrestOutcomeKind.Charged => Reported(ReportedMeasure.Charged),
                ArrestOutcomeKind.Cautioned => Reported(ReportedMeasure.Cautioned),
                ArrestOutcomeKind.CommunityResolution => Reported(ReportedMeasure.CommunityResolution),
                ArrestOutcomeKind.NoFurtherAction => Reported(ReportedMeasure.NoFurtherAction),
                ArrestOutcomeKind.RecalledToPrison => Reported(ReportedMeasure.RecalledToPrison),
                ArrestOutcomeKind.PutBeforeCourt => Reported(ReportedMeasure.PutBeforeCourt),
                ArrestOutcomeKind.NotReported => Reported(ReportedMeasure.OutcomeNotReported),
                _ => null,
            };
            ReportedCount count = Known(itemisedOutcomes.GetValueOrDefault(kind), reported);
            if (!count.IsExactlyZero)
            {
                outcomes.Add(new Tally<ArrestOutcomeKind>(kind, count));
            }
        }

        LocalDate DateOf(Seizure seizure) => seizure.SeizedAt is { } at ? EnglandAndWales.DateAt(at) : operation.StartDate;
        var drugs = operation.Seizures.Where(s => s.Item is DrugsSeized).Select(s => (Seizure: s, Drugs: (DrugsSeized)s.Item)).ToList();
        static DrugTotal TotalOf(DrugsSeized d) => new(1, d.Quantity is { } q ? [q] : default);

        Bail?[] bails = [.. operation.Arrests.Select(a => a.BailOf())];
        IEnumerable<BailCondition> conditions = bails.SelectMany(b => b?.Conditions ?? default)
            .Concat(operation.ReportedTotals.SelectMany(t => t.Conditions));

        return new OperationSummary
        {
            Operations = [operation.Id],
            WarrantsExecuted = ReportedCounts.Prefer(operation.Warrants.Count(w => w.IsExecuted), Reported(ReportedMeasure.WarrantsExecuted)),
            ItemisedArrests = operation.Arrests.Length,
            Arrests = arrests,
            ArrestsByOffenceGroup = ArrestsByGroup(operation, Known),
            ArrestsByOutcome = [.. outcomes],
            OffencesNamed = operation.ReportedTotals
                .Where(t => t.Measure == ReportedMeasure.Arrests)
                .SelectMany(t => t.PredominantOffence is { } p ? t.Offences.Prepend(p) : t.Offences)
                .Concat(operation.Arrests.SelectMany(a => a.Offences))
                .Distinct()
                .ToEquatableArray(),
            Cash = SumCash(operation.Seizures.Select(s => s.Item).OfType<CashSeized>().Select(c => c.Amount)),
            DrugsByClass = MergeClasses(drugs
                .Select(x => (Class: x.Drugs.ClassOn(DateOf(x.Seizure)), Total: TotalOf(x.Drugs)))
                .Where(x => x.Class is not null)
                .Select(x => new DrugClassTotal(x.Class!.Value, x.Total))),
            DrugsBySubstance = MergeSubstances(drugs
                .Where(x => x.Drugs.Substance is not null)
                .Select(x => new SubstanceTotal(x.Drugs.Substance!, TotalOf(x.Drugs)))),
            WeaponsByKind = ReportedCounts.Merge(operation.Seizures.Select(s => s.Item).OfType<WeaponSeized>().Select(w => new Tally<WeaponKind>(w.Kind, w.Count))),
            Phones = ReportedCounts.Sum(operation.Seizures.Select(s => s.Item).OfType<PhonesSeized>().Select(p => p.Phones)),
            SimCards = ReportedCounts.Sum(operation.Seizures.Select(s => s.Item).OfType<PhonesSeized>().Select(p => p.SimCards ?? ReportedCounts.Zero)),
            VehiclesByKind = ReportedCounts.Merge(operation.Seizures.Select(s => s.Item).OfType<VehicleSeized>().Select(v => new Tally<VehicleKind>(v.Kind, v.Count))),
            OtherPropertySeizures = operation.Seizures.Count(s => s.Item is OtherPropertySeized),
            SafeguardingByKind = ReportedCounts.Merge(operation.Safeguarding.Select(s => new Tally<SafeguardingKind>(s.Kind, ReportedCount.Exactly(1)))),
            VulnerablePeopleIdentified = Reported(ReportedMeasure.VulnerablePeopleIdentified) ?? ReportedCounts.Zero,
            PeopleSafeguarded = PreferCount(
                ReportedCounts.Sum(operation.Safeguarding.Select(s => s.People ?? ReportedCounts.Zero)),
                Reported(ReportedMeasure.PeopleSafeguarded)),
            BailedWithConditions = ReportedCounts.Prefer(bails.Count(b => b is { Conditions.IsEmpty: false }), Reported(ReportedMeasure.BailedWithConditions)),
            EventsBanned = conditions.OfType<NotToAttendEvent>().Select(c => c.Event).Distinct().ToEquatableArray(),
        };
    }

    /// <summary>Merges summaries into one: figures added (hedges combined; a count beyond <see cref="int.MaxValue"/> is that with precision <see cref="Precision.AtLeast"/>, and amounts are capped as <see cref="Money.Add"/> says, so combining never overflows), lists merged by key, operations listed in order.</summary>
    /// <param name="summaries">The summaries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> or one of its elements is null.</exception>
    /// <remarks>Immediate; enumerates <paramref name="summaries"/> once. Combining none gives <see cref="Empty"/>.</remarks>
    public static OperationSummary Combine(IEnumerable<OperationSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        OperationSummary[] all = [.. summaries];
        foreach (OperationSummary summary in all)
        {
            ArgumentNullException.ThrowIfNull(summary, nameof(summaries));
        }
        if (all.Length == 1)
        {
            return all[0];
        }
        return new OperationSummary
        {
            Operations = all.SelectMany(s => s.Operations).ToEquatableArray(),
            WarrantsExecuted = ReportedCounts.Sum(all.Select(s => s.WarrantsExecuted)),
            ItemisedArrests = ReportedCounts.SaturatedSum(all.Select(s => s.ItemisedArrests)),
            Arrests = ReportedCounts.Sum(all.Select(s => s.Arrests)),
            ArrestsByOffenceGroup = ReportedCounts.Merge(all.SelectMany(s => s.ArrestsByOffenceGroup)),
            ArrestsByOutcome = ReportedCounts.Merge(all.SelectMany(s => s.ArrestsByOutcome)),
            OffencesNamed = all.SelectMany(s => s.OffencesNamed).Distinct().ToEquatableArray(),
            Cash = SumCash(all.SelectMany(s => s.Cash)),
            DrugsByClass = MergeClasses(all.SelectMany(s => s.DrugsByClass)),
            DrugsBySubstance = MergeSubstances(all.SelectMany(s => s.DrugsBySubstance)),
            WeaponsByKind = ReportedCounts.Merge(all.SelectMany(s => s.WeaponsByKind)),
            Phones = ReportedCounts.Sum(all.Select(s => s.Phones)),
            SimCards = ReportedCounts.Sum(all.Select(s => s.SimCards)),
            VehiclesByKind = ReportedCounts.Merge(all.SelectMany(s => s.VehiclesByKind)),
            OtherPropertySeizures = ReportedCounts.SaturatedSum(all.Select(s => s.OtherPropertySeizures)),
            SafeguardingByKind = ReportedCounts.Merge(all.SelectMany(s => s.SafeguardingByKind)),
            PeopleSafeguarded = ReportedCounts.Sum(all.Select(s => s.PeopleSafeguarded)),
            VulnerablePeopleIdentified = ReportedCounts.Sum(all.Select(s => s.VulnerablePeopleIdentified)),
            BailedWithConditions = ReportedCounts.Sum(all.Select(s => s.BailedWithConditions)),
            EventsBanned = all.SelectMany(s => s.EventsBanned).Distinct().ToEquatableArray(),
        };
    }

    // The reported figure for all arrests. A total limited to offences or groups ("162 of them for drug offences") is
    // part of a total for all arrests when the source gives one, so it is not added to it (353 arrests, 162 of them for
    // drugs, are 353, not 515); only when no total covers every arrest do the limited totals make up the figure.
    private static ReportedCount? ReportedArrests(Operation operation)
    {
        ReportedTotal[] totals = [.. operation.ReportedTotals.Where(t => t.Measure == ReportedMeasure.Arrests && !t.IsProspective && !t.IsPartByPerson)];
        ReportedTotal[] whole = [.. totals.Where(IsForAllArrests)];
        ReportedTotal[] counted = whole.Length > 0 ? whole : totals;
        return counted.Length == 0 ? null : ReportedCounts.Sum(counted.Select(ReportedCounts.Of));
    }

    // True when a reported arrests total is not limited to named offences or groups, nor to people of an age or sex (a
    // predominant offence or group qualifies the whole, it does not limit it).
    internal static bool IsForAllArrests(ReportedTotal total) => total.Offences.IsEmpty && total.OffenceGroups.IsEmpty && !total.IsPartByPerson;

    // Arrests by offence group: the itemised arrests' principal offences, joined by what reported totals say of groups.
    // A total limited to one group ("30 arrests for drug offences") is a figure for that group; a predominant group
    // ("55 arrests, predominantly for drug offences") is more than half of the total it qualifies ("more than 27"),
    // or "most" when the total has no usable number. Itemised records count within those figures, never beside them.
    private static EquatableArray<Tally<OffenceGroup>> ArrestsByGroup(Operation operation, Func<int, ReportedCount?, ReportedCount> known)
    {
        var itemised = operation.Arrests.GroupBy(a => a.PrincipalOffence.Group).ToDictionary(g => g.Key, g => g.Count());
        var reported = new Dictionary<OffenceGroup, ReportedCount>();
        foreach (ReportedTotal total in operation.ReportedTotals.Where(t => t.Measure == ReportedMeasure.Arrests && !t.IsProspective && !t.IsPartByPerson))
        {
            OffenceGroup[] groups = [.. total.OffenceGroups.Concat(total.Offences.Select(o => o.Offence.Group)).Distinct()];
            if (groups.Length == 1 && total.PredominantGroup is null && total.PredominantOffence is null)
            {
                Add(groups[0], ReportedCounts.Of(total));
            }
            OffenceGroup? predominant = total.PredominantGroup ?? total.PredominantOffence?.Offence.Group;
            if (predominant is { } group)
            {
                ReportedCount whole = ReportedCounts.Of(total);
                Add(group, whole.Precision is Precision.Exact or Precision.AtLeast or Precision.MoreThan && whole.Value > 0
                    ? ReportedCount.MoreThan(whole.Value / 2)
                    : ReportedCount.Unquantified("most"));
            }
        }
        void Add(OffenceGroup group, ReportedCount count) =>
            reported[group] = reported.TryGetValue(group, out ReportedCount seen) ? seen.Add(count) : count;

        var tallies = new List<Tally<OffenceGroup>>();
        foreach (OffenceGroup group in itemised.Keys.Union(reported.Keys).Order())
        {
            ReportedCount count = known(itemised.GetValueOrDefault(group), reported.TryGetValue(group, out ReportedCount r) ? r : null);
            tallies.Add(new Tally<OffenceGroup>(group, count));
        }
        return [.. tallies];
    }

    private static ReportedCount PreferCount(ReportedCount itemised, ReportedCount? reported) =>
        reported is { } r && r.Value > itemised.Value ? r : itemised;

    private static EquatableArray<Money> SumCash(IEnumerable<Money> amounts) =>
        amounts.GroupBy(m => m.Currency).Select(g => g.Aggregate((a, b) => a.Add(b))).ToEquatableArray();

    private static EquatableArray<DrugClassTotal> MergeClasses(IEnumerable<DrugClassTotal> totals) =>
        totals.GroupBy(t => t.Class).OrderBy(g => g.Key)
            .Select(g => new DrugClassTotal(g.Key, g.Select(t => t.Total).Aggregate((a, b) => a.Add(b))))
            .ToEquatableArray();

    private static EquatableArray<SubstanceTotal> MergeSubstances(IEnumerable<SubstanceTotal> totals) =>
        totals.GroupBy(t => t.Substance)
            .Select(g => new SubstanceTotal(g.Key, g.Select(t => t.Total).Aggregate((a, b) => a.Add(b))))
            .ToEquatableArray();
}
