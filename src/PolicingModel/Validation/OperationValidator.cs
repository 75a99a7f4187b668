using System.Globalization;
using PolicingModel.Reference;
using PolicingModel.Rules;

namespace PolicingModel.Validation;

/// <summary>
/// Checks the rules that span records in an operation and reports every problem, each with a path, a stable code
/// (<see cref="ValidationCodes"/>), a severity and a message. It never throws for bad data.
/// </summary>
/// <example>
/// <code>
/// ValidationResult result = OperationValidator.Validate(operation);
/// foreach (ValidationProblem problem in result.Problems)
/// {
///     string line = problem.ToString(); // "PM1020 error at /arrests/2/warrant: ..."
/// }
/// </code>
/// </example>
public static class OperationValidator
{
    /// <summary>Validates an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Every problem found; <see cref="ValidationResult.IsValid"/> when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    public static ValidationResult Validate(Operation operation)
    {
        Preconditions.CheckNotNull(operation);
        var context = new ValidationContext();
        HashSet<WarrantId> warrantIds = UniqueIds(context, operation.Warrants, w => w.Id, "warrants", ValidationCodes.DuplicateWarrantId, "warrant");
        HashSet<ArrestId> arrestIds = UniqueIds(context, operation.Arrests, a => a.Id, "arrests", ValidationCodes.DuplicateArrestId, "arrest");
        UniqueIds(context, operation.Seizures, s => s.Id, "seizures", ValidationCodes.DuplicateSeizureId, "seizure");
        UniqueIds(context, operation.Safeguarding, s => s.Id, "safeguarding", ValidationCodes.DuplicateSafeguardingId, "safeguarding action");

        CheckWarrants(context, operation);
        CheckArrests(context, operation, warrantIds);
        CheckSeizures(context, operation, arrestIds, warrantIds);
        CheckSafeguarding(context, operation, arrestIds);
        CheckReportedTotals(context, operation);
        CheckReportedOutcomes(context, operation);
        CheckPredominant(context, operation);
        return context.ToResult();
    }

    private static HashSet<TId> UniqueIds<TRecord, TId>(
        ValidationContext context, EquatableArray<TRecord> records, Func<TRecord, TId> id, string collection, string code, string noun)
        where TId : struct, IIdentifier
    {
        var seen = new HashSet<TId>();
        for (int i = 0; i < records.Length; i++)
        {
            TId value = id(records[i]);
            if (!seen.Add(value))
            {
                context.Error($"/{collection}/{i}/id", code, $"The {noun} id '{value.Value}' is used more than once in this operation.");
            }
        }
        return seen;
    }

    private static void CheckWarrants(ValidationContext context, Operation operation)
    {
        for (int i = 0; i < operation.Warrants.Length; i++)
        {
            if (operation.Warrants[i].Execution is { } execution && Latest(execution.Span) < operation.Period.Start)
            {
                context.Error(
                    $"/warrants/{i}/execution/at", ValidationCodes.WarrantExecutedBeforeOperation,
                    $"The warrant was executed {Local(execution.At, execution.Known)}, before the operation began at {Local(operation.Period.Start)}.");
            }
            context.AddAll($"/warrants/{i}", WarrantRules.Check(operation.Warrants[i]));
        }
    }

    private static void CheckArrests(ValidationContext context, Operation operation, HashSet<WarrantId> warrantIds)
    {
        for (int i = 0; i < operation.Arrests.Length; i++)
        {
            Arrest arrest = operation.Arrests[i];
            string path = $"/arrests/{i}";
            // Decided on every instant the arrest may have been: a vague time is before the start only if all of it is.
            if (Latest(arrest.ArrestedDuring) < operation.Period.Start)
            {
                context.Error(
                    $"{path}/arrestedAt", ValidationCodes.ArrestBeforeOperation,
                    $"The arrest {Local(arrest.ArrestedAt, arrest.TimeKnown)} is before the operation began at {Local(operation.Period.Start)}.");
            }
            else if (operation.Period.HasEnd && arrest.ArrestedAt >= operation.Period.End)
            {
                context.Warning(
                    $"{path}/arrestedAt", ValidationCodes.ArrestAfterOperation,
                    $"The arrest {Local(arrest.ArrestedAt, arrest.TimeKnown)} is after the operation ended at {Local(operation.Period.End)}; check it belongs to this operation.");
            }
            if (arrest.Warrant is { } warrantId)
            {
                if (!warrantIds.Contains(warrantId))
                {
                    context.Error($"{path}/warrant", ValidationCodes.ArrestCitesUnknownWarrant, $"The arrest cites warrant '{warrantId.Value}', which this operation does not have.");
                }
                else if (operation.Warrants.First(w => w.Id == warrantId).Execution is { } execution && Latest(arrest.ArrestedDuring) < execution.At)
                {
                    context.Error(
                        $"{path}/arrestedAt", ValidationCodes.ArrestBeforeWarrantExecuted,
                        $"The arrest {Local(arrest.ArrestedAt, arrest.TimeKnown)} is before warrant '{warrantId.Value}' was executed {Local(execution.At, execution.Known)}.");
                }
            }
            ArrestChecks.Check(context, path, arrest);
        }
    }

    private static void CheckSeizures(ValidationContext context, Operation operation, HashSet<ArrestId> arrestIds, HashSet<WarrantId> warrantIds)
    {
        for (int i = 0; i < operation.Seizures.Length; i++)
        {
            Seizure seizure = operation.Seizures[i];
            if (seizure.FromArrest is { } arrestId && !arrestIds.Contains(arrestId))
            {
                context.Error($"/seizures/{i}/fromArrest", ValidationCodes.SeizureCitesUnknownArrest, $"The seizure cites arrest '{arrestId.Value}', which this operation does not have.");
            }
            if (seizure.UnderWarrant is { } warrantId && !warrantIds.Contains(warrantId))
            {
                context.Error($"/seizures/{i}/underWarrant", ValidationCodes.SeizureCitesUnknownWarrant, $"The seizure cites warrant '{warrantId.Value}', which this operation does not have.");
            }
            if (seizure.SeizedAt is { } at && at < operation.Period.Start)
            {
                context.Error($"/seizures/{i}/seizedAt", ValidationCodes.SeizureBeforeOperation, $"The seizure at {Local(at)} is before the operation began at {Local(operation.Period.Start)}.");
            }
            ReferenceConsistencyChecks.CheckSeizure(context, $"/seizures/{i}", seizure, operation.Period.Start);
        }
    }

    private static void CheckSafeguarding(ValidationContext context, Operation operation, HashSet<ArrestId> arrestIds)
    {
        for (int i = 0; i < operation.Safeguarding.Length; i++)
        {
            if (operation.Safeguarding[i].RelatedArrest is { } arrestId && !arrestIds.Contains(arrestId))
            {
                context.Error($"/safeguarding/{i}/relatedArrest", ValidationCodes.SafeguardingCitesUnknownArrest, $"The safeguarding action cites arrest '{arrestId.Value}', which this operation does not have.");
            }
        }
    }

    private static void CheckReportedTotals(ValidationContext context, Operation operation)
    {
        for (int i = 0; i < operation.ReportedTotals.Length; i++)
        {
            ReportedTotal total = operation.ReportedTotals[i];
            if (total.IsPartByPerson || total.IsProspective)
            {
                continue;
            }
            int? itemised = total.Measure switch
            {
                ReportedMeasure.Arrests => operation.Arrests.Length,
                ReportedMeasure.WarrantsExecuted => operation.Warrants.Count(w => w.IsExecuted),
                _ => null,
            };
            if (itemised is not { } count || total.Count is not { } reported || MostReported(reported) is not { } most || count <= most)
            {
                continue;
            }
            string message = string.Create(
                CultureInfo.InvariantCulture,
                $"{count} {Itemised(total.Measure)} are recorded, more than the reported total of {Stated(reported)}.");
            if (reported.Precision.IsApproximate())
            {
                context.Warning($"/reportedTotals/{i}/count", ValidationCodes.ItemisedExceedsReportedTotal, message + " The total was approximate; check it.");
            }
            else
            {
                context.Error($"/reportedTotals/{i}/count", ValidationCodes.ItemisedExceedsReportedTotal, message);
            }
        }
    }

    // Outcome measures, each an outcome kind; "bailed with conditions" counts as the bailed total only when no
    // total of all bailed is given (it is part of that total).
    private static readonly ReportedMeasure[] OutcomeMeasures =
    [
        ReportedMeasure.RemainsInCustody, ReportedMeasure.Bailed, ReportedMeasure.ReleasedUnderInvestigation, ReportedMeasure.Charged,
        ReportedMeasure.Cautioned, ReportedMeasure.CommunityResolution, ReportedMeasure.NoFurtherAction, ReportedMeasure.RecalledToPrison,
        ReportedMeasure.PutBeforeCourt, ReportedMeasure.OutcomeNotReported,
    ];

    // A reported outcome breakdown should account for every arrest once: checked when the arrests and every outcome
    // figure are exact (a hedged figure cannot contradict a sum).
    private static void CheckReportedOutcomes(ValidationContext context, Operation operation)
    {
        ReportedTotal[] totals = [.. operation.ReportedTotals.Where(t => !t.IsProspective && !t.IsPartByPerson)];
        ReportedTotal[] arrests = [.. totals.Where(t => t.Measure == ReportedMeasure.Arrests && t.OffenceGroups.IsEmpty && t.Offences.IsEmpty)];
        bool bailedGiven = totals.Any(t => t.Measure == ReportedMeasure.Bailed);
        ReportedTotal[] outcomes = [.. totals.Where(t => OutcomeMeasures.Contains(t.Measure) || (!bailedGiven && t.Measure == ReportedMeasure.BailedWithConditions))];
        if (arrests is not [{ Count: { Precision: Precision.Exact } arrested }] || outcomes.Length == 0 || outcomes.Any(t => t.Count is not { Precision: Precision.Exact }))
        {
            return;
        }
        long sum = outcomes.Sum(t => (long)t.Count!.Value.Value);
        if (sum != arrested.Value)
        {
            int index = operation.ReportedTotals.IndexOf(arrests[0]);
            context.Warning(
                $"/reportedTotals/{index}/count",
                ValidationCodes.OutcomesDoNotSumToArrests,
                string.Create(CultureInfo.InvariantCulture, $"The reported outcomes account for {sum} people but {arrested.Value} arrests are reported; an outcome is missing or counted twice (record the rest as outcome-not-reported)."));
        }
    }

    // "Predominantly for X" means more than half: itemised arrests for other things must not reach half of the total.
    private static void CheckPredominant(ValidationContext context, Operation operation)
    {
        for (int i = 0; i < operation.ReportedTotals.Length; i++)
        {
            ReportedTotal total = operation.ReportedTotals[i];
            OffenceGroup? group = total.PredominantGroup ?? total.PredominantOffence?.Offence.Group;
            if (total.Measure != ReportedMeasure.Arrests || total.IsProspective || group is not { } predominant || total.Count is not { Precision: Precision.Exact } count)
            {
                continue;
            }
            int other = total.PredominantOffence is { } offence
                ? operation.Arrests.Count(a => !a.Offences.Contains(offence))
                : operation.Arrests.Count(a => a.PrincipalOffence.Group != predominant);
            if (2L * other >= count.Value)
            {
                context.Warning(
                    $"/reportedTotals/{i}/{(total.PredominantOffence is null ? "predominantGroup" : "predominantOffence")}",
                    ValidationCodes.ItemisedContradictPredominant,
                    string.Create(CultureInfo.InvariantCulture, $"{other} of the itemised arrests are for something else, at least half of the {count.Value} reported, so the total cannot be predominantly for it."));
            }
        }
    }

    // The most a reported count allows; null when it sets no upper limit ("at least 30", "a number of").
    private static long? MostReported(ReportedCount reported) => reported.Precision switch
    {
        Precision.AtLeast or Precision.MoreThan or Precision.Unquantified => null,
        Precision.FewerThan => reported.Value - 1L,
        Precision.Range => reported.Upper,
        _ => reported.Value,
    };

    private static string Stated(ReportedCount reported) => reported.Precision switch
    {
        Precision.Exact => reported.Value.ToString(CultureInfo.InvariantCulture),
        Precision.Approximate or Precision.Estimated => string.Create(CultureInfo.InvariantCulture, $"around {reported.Value}"),
        Precision.UpTo => string.Create(CultureInfo.InvariantCulture, $"up to {reported.Value}"),
        Precision.FewerThan => string.Create(CultureInfo.InvariantCulture, $"fewer than {reported.Value}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{reported.Value} to {reported.Upper}"),
    };

    // The last instant a time may have been (the instant itself when exact).
    private static Instant Latest(Interval span) => span.End > span.Start ? span.End - Duration.Epsilon : span.Start;

    // "at 2020-10-29 05:00 (London)", or for a vague time "on 2020-10-29 (early hours, London)": never an invented hour.
    private static string Local(Instant at, TimeKnown known) =>
        known == TimeKnown.Exact
            ? "at " + Local(at)
            : "on " + EnglandAndWales.DateAt(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + WireCodes.ToCode(known) + ", London)";

    private static string Local(Instant instant) =>
        EnglandAndWales.LocalAt(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (London)";

    private static string Itemised(ReportedMeasure measure) => measure switch
    {
        ReportedMeasure.Arrests => "arrests",
        ReportedMeasure.WarrantsExecuted => "executed warrants",
        _ => measure.ToString(),
    };
}
