using System.Collections.Immutable;
using static System.FormattableString;

namespace PolicingModel.Rules;

/// <summary>
/// Rules for search warrants: the period within which entry must be made (PACE s.16(3)) and the hour of entry
/// (PACE s.16(4)). Pure functions of the warrant and its dates: no clock, no I/O.
/// </summary>
/// <remarks>
/// <para>
/// Only search warrants (<see cref="WarrantKind.SpecificPremisesSearch"/>, <see cref="WarrantKind.AllPremisesSearch"/>)
/// are checked: s.16 governs entry and search under a warrant, and an arrest warrant has no such period.
/// </para>
/// <para>
/// The three-month period is applied to warrants under every enactment, because PACE s.15–16 govern the issue and
/// execution of search warrants under any enactment. The one-month validity sometimes given for Misuse of Drugs Act
/// 1971 s.23(3) warrants is <b>unverified</b> and is not applied. Before the Serious Organised Crime and Police Act 2005
/// amended s.16(3), the period was one month; that earlier rule is not modelled, and three months is applied to every
/// issue date.
/// </para>
/// </remarks>
public static class WarrantRules
{
    /// <summary>The period from issue within which entry and search must be made: three months (PACE s.16(3)).</summary>
    public static Period ValidityPeriod { get; } = Period.FromMonths(3);

    /// <summary>The local time before which an entry counts as pre-dawn in this library: 06:00 (Europe/London).</summary>
    /// <remarks>PACE s.16(4) requires entry "at a reasonable hour" unless that would frustrate the search, and does not define the hour. 06:00 is this library's threshold, not law.</remarks>
    public static LocalTime PreDawnEnds { get; } = new(6, 0);

    /// <summary>The local time from which an entry counts as late at night in this library: 22:00 (Europe/London).</summary>
    /// <remarks>As for <see cref="PreDawnEnds"/>: the library's threshold, not law.</remarks>
    public static LocalTime LateNightStarts { get; } = new(22, 0);

    /// <summary>
    /// The last day on which entry may be made under a warrant issued on <paramref name="issuedOn"/>: three months
    /// from the date of issue (PACE s.16(3)), that is the same day of the month three months later, or the last day of
    /// that month when it has no such day (issued 30 November, last day 28 or 29 February).
    /// </summary>
    /// <param name="issuedOn">The date of issue.</param>
    /// <remarks>The library's reading of "within three months from the date of its issue": the issue day itself is not counted, so the corresponding date is the last day. Not verified against case law on s.16(3).</remarks>
    public static LocalDate LastDayForEntry(LocalDate issuedOn) => issuedOn.Plus(ValidityPeriod);

    /// <summary>
    /// True when entry was made on or before <see cref="LastDayForEntry"/>, judged by the local date of entry in
    /// England and Wales; false when it was made later; null when the warrant is not a search warrant, has not been
    /// executed, or has no issue date.
    /// </summary>
    /// <param name="warrant">The warrant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="warrant"/> is null.</exception>
    public static bool? IsExecutedWithinValidity(Warrant warrant)
    {
        Preconditions.CheckNotNull(warrant);
        if (!IsSearchWarrant(warrant.Kind) || warrant.IssuedOn is not { } issued || warrant.Execution is not { } execution)
        {
            return null;
        }
        // Decided only when every day the execution may have been on gives the same answer.
        (LocalDate first, LocalDate last) = Days(execution);
        LocalDate lastDay = LastDayForEntry(issued);
        return last <= lastDay ? true : first > lastDay ? false : null;
    }

    /// <summary>True for the kinds of warrant that authorise entry and search (and so fall under PACE s.16).</summary>
    /// <param name="kind">The kind of warrant.</param>
    public static bool IsSearchWarrant(WarrantKind kind) => kind is WarrantKind.SpecificPremisesSearch or WarrantKind.AllPremisesSearch;

    /// <summary>True when the local time in England and Wales at <paramref name="at"/> is before <see cref="PreDawnEnds"/> (from midnight to 05:59).</summary>
    /// <param name="at">The moment of entry.</param>
    public static bool IsPreDawn(Instant at) => EnglandAndWales.LocalAt(at).TimeOfDay < PreDawnEnds;

    /// <summary>True when the local time in England and Wales at <paramref name="at"/> is at or after <see cref="LateNightStarts"/> (22:00 to midnight).</summary>
    /// <param name="at">The moment of entry.</param>
    public static bool IsLateAtNight(Instant at) => EnglandAndWales.LocalAt(at).TimeOfDay >= LateNightStarts;

    /// <summary>True when entry at <paramref name="at"/> is pre-dawn or late at night: outside what this library calls a reasonable hour for PACE s.16(4).</summary>
    /// <param name="at">The moment of entry.</param>
    public static bool IsUnsocialHour(Instant at) => IsPreDawn(at) || IsLateAtNight(at);

    /// <summary>
    /// The findings for a warrant, with paths relative to the warrant: <see cref="RuleCodes.WarrantExecutedAfterExpiry"/>
    /// (an error), <see cref="RuleCodes.WarrantValidityUnknown"/>, <see cref="RuleCodes.WarrantExecutedPreDawn"/> and
    /// <see cref="RuleCodes.WarrantExecutedLateAtNight"/> (information: a dawn raid is recorded, not rejected).
    /// Arrest warrants and unexecuted warrants have none.
    /// </summary>
    /// <param name="warrant">The warrant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="warrant"/> is null.</exception>
    public static EquatableArray<ValidationProblem> Check(Warrant warrant)
    {
        Preconditions.CheckNotNull(warrant);
        if (!IsSearchWarrant(warrant.Kind) || warrant.Execution is not { } execution)
        {
            return EquatableArray<ValidationProblem>.Empty;
        }
        const string atPath = "/execution/at";
        LocalDateTime local = EnglandAndWales.LocalAt(execution.At);
        (LocalDate firstDay, LocalDate lastDate) = Days(execution);
        var findings = ImmutableArray.CreateBuilder<ValidationProblem>();
        if (warrant.IssuedOn is { } issued)
        {
            LocalDate lastDay = LastDayForEntry(issued);
            if (firstDay > lastDay)
            {
                findings.Add(new ValidationProblem(
                    RuleCodes.WarrantExecutedAfterExpiry,
                    ValidationSeverity.Error,
                    Invariant($"Entry on {firstDay:uuuu-MM-dd} is after the last day for entry, {lastDay:uuuu-MM-dd}, under a warrant issued on {issued:uuuu-MM-dd} (PACE s.16(3): within three months of issue)."),
                    atPath));
            }
            else if (lastDate > lastDay)
            {
                findings.Add(new ValidationProblem(
                    RuleCodes.WarrantTimeTooVague,
                    ValidationSeverity.Information,
                    Invariant($"Entry is known only as {Describe(execution.Known)} from {firstDay:uuuu-MM-dd}, which runs past the last day for entry, {lastDay:uuuu-MM-dd}, so whether it was within three months of issue cannot be decided."),
                    atPath));
            }
        }
        else
        {
            findings.Add(new ValidationProblem(
                RuleCodes.WarrantValidityUnknown,
                ValidationSeverity.Information,
                "The warrant was executed but its issue date is not recorded, so whether entry was within three months of issue (PACE s.16(3)) cannot be checked.",
                "/issuedOn"));
        }
        if (execution.Known == TimeKnown.EarlyHours)
        {
            findings.Add(new ValidationProblem(
                RuleCodes.WarrantExecutedPreDawn,
                ValidationSeverity.Information,
                Invariant($"Entry in the early hours (before 06:00 local time): a pre-dawn entry, which relies on the exception in PACE s.16(4) to entry at a reasonable hour."),
                atPath));
        }
        else if (execution.Known != TimeKnown.Exact)
        {
            findings.Add(new ValidationProblem(
                RuleCodes.WarrantTimeTooVague,
                ValidationSeverity.Information,
                $"The time of entry is known only as {Describe(execution.Known)}, so whether it was at a reasonable hour (PACE s.16(4)) cannot be decided.",
                atPath));
        }
        else if (IsPreDawn(execution.At))
        {
            findings.Add(new ValidationProblem(
                RuleCodes.WarrantExecutedPreDawn,
                ValidationSeverity.Information,
                Invariant($"Entry at {local.TimeOfDay:HH:mm} local time, before {PreDawnEnds:HH:mm}: a pre-dawn entry, which relies on the exception in PACE s.16(4) to entry at a reasonable hour."),
                atPath));
        }
        else if (execution.Known == TimeKnown.Exact && IsLateAtNight(execution.At))
        {
            findings.Add(new ValidationProblem(
                RuleCodes.WarrantExecutedLateAtNight,
                ValidationSeverity.Information,
                Invariant($"Entry at {local.TimeOfDay:HH:mm} local time, at or after {LateNightStarts:HH:mm}: a late-night entry, which relies on the exception in PACE s.16(4) to entry at a reasonable hour."),
                atPath));
        }
        return findings.ToImmutable();
    }

    // The first and last London days an execution may have been on.
    private static (LocalDate First, LocalDate Last) Days(WarrantExecution execution)
    {
        Interval span = execution.Span;
        LocalDate first = EnglandAndWales.DateAt(span.Start);
        return (first, span.End > span.Start ? EnglandAndWales.DateAt(span.End - Duration.Epsilon) : first);
    }

    private static string Describe(TimeKnown known) => known switch
    {
        TimeKnown.Day => "a date",
        TimeKnown.EarlyHours => "the early hours",
        TimeKnown.Morning => "the morning",
        TimeKnown.Afternoon => "the afternoon",
        TimeKnown.Evening => "the evening",
        TimeKnown.Overnight => "overnight",
        _ => "exact",
    };
}
