using System.Collections.Immutable;
using static System.FormattableString;

namespace PolicingModel.Rules;

/// <summary>
/// The PACE detention clock for one arrest: the relevant time (s.41(2)), the 24-hour basic limit (s.41(1)), the
/// 36-hour limit of a superintendent's extension (s.42), the 96-hour limit of warrants of further detention
/// (ss.43–44), and the latest times for reviews of detention (s.40(3)). Given a moment (an <see cref="Instant"/> or an
/// <see cref="IClock"/>) it says what is due next and which limits have passed.
/// </summary>
/// <remarks>
/// <para>
/// Durations are elapsed time: every deadline is an <see cref="Instant"/> plus a <see cref="Duration"/>. Across a
/// change of the clocks in England and Wales the local wall-clock time of a deadline therefore shifts by an hour
/// (booked in at 00:10 BST on 26 October 2025, the 24-hour limit is 23:10 GMT the same day, not 00:10 the next).
/// <see cref="DetentionDeadline.LocalAt"/> gives each deadline in Europe/London local time.
/// </para>
/// <para>
/// Boundaries: a limit is passed only once a moment is strictly after it (detention "for a period expiring at or
/// before" the limit, s.42(1)), so a charge at exactly 24 hours needs no extension. The clock never reads the system
/// clock: pass the moment, or an <see cref="IClock"/>.
/// </para>
/// <para>
/// Not modelled: whether an extension or warrant was actually authorised (so every possible deadline is listed);
/// time spent in hospital or in transit (s.41(6)); the restart of the clock on re-arrest or after bail (s.41(9), s.47(6));
/// terrorism detention (Terrorism Act 2000 Sch. 8), which has its own limits. Value equality over the inputs.
/// </para>
/// </remarks>
public sealed record DetentionClock
{
    /// <summary>The basic limit, 24 hours (PACE s.41(1)).</summary>
    public static Duration BasicPeriod { get; } = Duration.FromHours(24);

    /// <summary>The most a superintendent may authorise, 36 hours (PACE s.42(1)).</summary>
    public static Duration SuperintendentExtensionPeriod { get; } = Duration.FromHours(36);

    /// <summary>The most all warrants of further detention may allow, 96 hours (PACE s.44(3)(b)).</summary>
    public static Duration MaximumPeriod { get; } = Duration.FromHours(96);

    /// <summary>The latest time for the first review after detention was first authorised, 6 hours (PACE s.40(3)(a)).</summary>
    public static Duration FirstReviewInterval { get; } = Duration.FromHours(6);

    /// <summary>The longest interval between later reviews, 9 hours (PACE s.40(3)(b), (c)).</summary>
    public static Duration ReviewInterval { get; } = Duration.FromHours(9);

    /// <summary>For arrests in another force area or outside England and Wales, the relevant time is at the latest 24 hours after the arrest or entry (PACE s.41(2)(a), (b)).</summary>
    public static Duration TransferAllowance { get; } = Duration.FromHours(24);

    private DetentionClock(Instant arrestedAt, CustodyDetails custody, Instant relevantTime, Instant detentionAuthorisedAt)
    {
        ArrestedAt = arrestedAt;
        Custody = custody;
        RelevantTime = relevantTime;
        DetentionAuthorisedAt = detentionAuthorisedAt;
        var reviews = ImmutableArray.CreateBuilder<DetentionDeadline>();
        Instant review = detentionAuthorisedAt + FirstReviewInterval;
        for (int number = 1; review < AbsoluteLimit; number++, review += ReviewInterval)
        {
            reviews.Add(new DetentionDeadline(DetentionDeadlineKind.Review, review, number));
        }
        Reviews = reviews.ToImmutable();
        Deadlines = Reviews
            .Append(new DetentionDeadline(DetentionDeadlineKind.BasicLimit, BasicLimit))
            .Append(new DetentionDeadline(DetentionDeadlineKind.SuperintendentExtensionLimit, SuperintendentExtensionLimit))
            .Append(new DetentionDeadline(DetentionDeadlineKind.AbsoluteLimit, AbsoluteLimit))
            .OrderBy(d => d.At)
            .ThenBy(d => d.Kind)
            .ToEquatableArray();
    }

    /// <summary>The clock for an arrest with custody details.</summary>
    /// <param name="arrest">The arrest; its <see cref="Arrest.Custody"/> must be set.</param>
    /// <param name="detentionAuthorisedAt">When the custody officer first authorised detention, if recorded; otherwise the relevant time is used (see <see cref="DetentionAuthorisedAt"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="arrest"/> has no custody details (<c>arrest.Custody</c> is null), or <paramref name="detentionAuthorisedAt"/> is before the arrest, more than 24 hours before the relevant time, or outside <see cref="ModelCalendar"/>.</exception>
    /// <example>
    /// <code>
    /// DetentionClock clock = DetentionClock.For(arrest);
    /// DetentionStatus now = clock.Status(systemClock);           // what is due next, and whether a limit has passed
    /// Instant charge = clock.BasicLimit;                          // 24 hours from the relevant time
    /// </code>
    /// </example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static DetentionClock For(Arrest arrest, Instant? detentionAuthorisedAt = null)
    {
        Preconditions.CheckNotNull(arrest);
        Preconditions.CheckArgument(
            arrest.Custody is not null,
            nameof(arrest),
            $"{nameof(arrest)}.{nameof(Arrest.Custody)} is required for the detention clock; the arrest has no custody details.");
        // The clock runs from arrival at the station in the usual case; where it runs from the arrest (s.41(2)(a), (c))
        // a vague time of arrest cannot start it, and the clock says so rather than guess.
        Preconditions.CheckArgument(
            arrest.TimeKnown == TimeKnown.Exact || arrest.Custody!.Circumstance is DetentionCircumstance.Standard or DetentionCircumstance.ArrestedOutsideEnglandAndWales,
            nameof(arrest),
            $"The time of arrest is known only as {arrest.TimeKnown}; the relevant time for a {arrest.Custody!.Circumstance} detention runs from the arrest, so the clock cannot be set.");
        return For(arrest.ArrestedAt, arrest.Custody!, detentionAuthorisedAt);
    }

    /// <summary>The clock for an arrest at <paramref name="arrestedAt"/> with the given custody details.</summary>
    /// <param name="arrestedAt">The moment of arrest.</param>
    /// <param name="custody">Arrival at the station and the s.41(2) circumstance.</param>
    /// <param name="detentionAuthorisedAt">When the custody officer first authorised detention, if recorded; otherwise the relevant time is used (see <see cref="DetentionAuthorisedAt"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="custody"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="detentionAuthorisedAt"/> is before <paramref name="arrestedAt"/>, more than 24 hours before the relevant time, or outside <see cref="ModelCalendar"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static DetentionClock For(Instant arrestedAt, CustodyDetails custody, Instant? detentionAuthorisedAt = null)
    {
        Preconditions.CheckNotNull(custody);
        Preconditions.CheckArgument(
            detentionAuthorisedAt is null || detentionAuthorisedAt >= arrestedAt,
            nameof(detentionAuthorisedAt),
            $"{nameof(detentionAuthorisedAt)} must not be before the arrest.");
        ModelCalendar.Check(detentionAuthorisedAt);
        Instant relevantTime = RelevantTimeFor(arrestedAt, custody);
        // Reviews are listed from the authorisation to the absolute limit: an authorisation long before the relevant
        // time would list them by the million.
        Preconditions.CheckArgument(
            detentionAuthorisedAt is null || detentionAuthorisedAt >= relevantTime - TransferAllowance,
            nameof(detentionAuthorisedAt),
            $"{nameof(detentionAuthorisedAt)} must not be more than 24 hours before the relevant time (detention is authorised on arrival at the station).");
        return new DetentionClock(arrestedAt, custody, relevantTime, detentionAuthorisedAt ?? relevantTime);
    }

    /// <summary>
    /// The relevant time under PACE s.41(2): arrival at the station (s.41(2)(d), <see cref="DetentionCircumstance.Standard"/>);
    /// the time of arrest after voluntary attendance (s.41(2)(c)); the earlier of arrival and 24 hours after the arrest for
    /// an arrest in another force area (s.41(2)(a)); the earlier of arrival and 24 hours after entering England and Wales
    /// for an arrest outside it (s.41(2)(b)).
    /// </summary>
    /// <param name="arrestedAt">The moment of arrest.</param>
    /// <param name="custody">Arrival at the station and the s.41(2) circumstance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="custody"/> is null.</exception>
    public static Instant RelevantTimeFor(Instant arrestedAt, CustodyDetails custody)
    {
        Preconditions.CheckNotNull(custody);
        Instant arrival = custody.ArrivedAtStationAt;
        return custody.Circumstance switch
        {
            DetentionCircumstance.VoluntaryAttendance => arrestedAt,
            DetentionCircumstance.ArrestedForAnotherForceArea => Earlier(arrival, arrestedAt + TransferAllowance),
            DetentionCircumstance.ArrestedOutsideEnglandAndWales => Earlier(arrival, custody.EnteredEnglandAndWalesAt!.Value + TransferAllowance),
            _ => arrival,
        };
    }

    /// <summary>The moment of arrest.</summary>
    public Instant ArrestedAt { get; }

    /// <summary>The custody details the clock was computed from.</summary>
    public CustodyDetails Custody { get; }

    /// <summary>The relevant time (PACE s.41(2)) from which the limits run.</summary>
    public Instant RelevantTime { get; }

    /// <summary>
    /// When detention was first authorised, from which reviews run (PACE s.40(3)(a)). When not recorded, the library
    /// takes the relevant time: for the standard case that is arrival at the station, the earliest moment a custody
    /// officer could authorise detention, so the review times computed are never later than the law's.
    /// </summary>
    public Instant DetentionAuthorisedAt { get; }

    /// <summary>24 hours after the relevant time (PACE s.41(1)); also the last moment a superintendent may authorise an extension (s.42(4)(a)).</summary>
    /// <remarks>A superintendent's authorisation may also not be given before the second review (s.42(4)(b)), which the clock cannot date because reviews may be held early.</remarks>
    public Instant BasicLimit => RelevantTime + BasicPeriod;

    /// <summary>36 hours after the relevant time (PACE s.42(1)), the furthest a superintendent may extend detention, for an indictable offence only.</summary>
    public Instant SuperintendentExtensionLimit => RelevantTime + SuperintendentExtensionPeriod;

    /// <summary>96 hours after the relevant time (PACE s.44(3)(b)), beyond which no authority allows detention without charge.</summary>
    public Instant AbsoluteLimit => RelevantTime + MaximumPeriod;

    /// <summary>
    /// The latest times for reviews of detention (PACE s.40(3)): the first 6 hours after <see cref="DetentionAuthorisedAt"/>,
    /// then every 9 hours, each assuming the one before was held at its latest time (a review held early brings the
    /// next one forward), listed while they fall before <see cref="AbsoluteLimit"/>.
    /// </summary>
    /// <remarks>Whether reviews continue while a warrant of further detention is in force is <b>unverified</b>; the schedule simply runs to 96 hours.</remarks>
    public EquatableArray<DetentionDeadline> Reviews { get; }

    /// <summary>Every deadline, reviews and limits, in time order (a review and a limit at the same moment: the review first).</summary>
    public EquatableArray<DetentionDeadline> Deadlines { get; }

    /// <summary>The moment a limit is reached.</summary>
    /// <param name="limit">The limit.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined limit.</exception>
    public Instant LimitAt(DetentionLimit limit) => Preconditions.CheckDefined(limit) switch
    {
        DetentionLimit.Basic => BasicLimit,
        DetentionLimit.SuperintendentExtension => SuperintendentExtensionLimit,
        _ => AbsoluteLimit,
    };

    /// <summary>True when <paramref name="now"/> is strictly after the limit.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="now">The moment to judge.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined limit.</exception>
    public bool HasExpired(DetentionLimit limit, Instant now) => now > LimitAt(limit);

    /// <summary>True when the clock's current time is strictly after the limit.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="clock">The clock to read the current time from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined limit.</exception>
    public bool HasExpired(DetentionLimit limit, IClock clock) => HasExpired(limit, Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>Where <paramref name="now"/> falls on the clock, and so what authority detention without charge needs at that moment.</summary>
    /// <param name="now">The moment to judge.</param>
    public DetentionStatus Status(Instant now) =>
        now < RelevantTime ? DetentionStatus.NotStarted
        : now <= BasicLimit ? DetentionStatus.BasicPeriod
        : now <= SuperintendentExtensionLimit ? DetentionStatus.SuperintendentExtension
        : now <= AbsoluteLimit ? DetentionStatus.WarrantOfFurtherDetention
        : DetentionStatus.BeyondAbsoluteLimit;

    /// <summary>Where the clock's current time falls on the detention clock.</summary>
    /// <param name="clock">The clock to read the current time from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public DetentionStatus Status(IClock clock) => Status(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>The first deadline (review or limit) at or after <paramref name="now"/>, or null when the 96-hour limit has passed.</summary>
    /// <param name="now">The moment to judge.</param>
    public DetentionDeadline? NextDeadline(Instant now)
    {
        foreach (DetentionDeadline deadline in Deadlines)
        {
            if (deadline.At >= now)
            {
                return deadline;
            }
        }
        return null;
    }

    /// <summary>The first deadline at or after the clock's current time, or null when the 96-hour limit has passed.</summary>
    /// <param name="clock">The clock to read the current time from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public DetentionDeadline? NextDeadline(IClock clock) => NextDeadline(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>
    /// The detention findings for an arrest, with paths relative to the arrest: when the outcome records the moment
    /// detention without charge ended (<see cref="Charged.ChargedAt"/>, <see cref="ReleasedUnderInvestigation.ReleasedAt"/>),
    /// <see cref="RuleCodes.DetentionBeyondAbsoluteLimit"/> (error) after 96 hours,
    /// <see cref="RuleCodes.DetentionNeedsWarrantOfFurtherDetention"/> (warning) after 36 hours and
    /// <see cref="RuleCodes.DetentionNeedsSuperintendentExtension"/> (information) after 24 hours. An arrest without
    /// custody details, or whose outcome has no time, has none.
    /// </summary>
    /// <param name="arrest">The arrest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    public static EquatableArray<ValidationProblem> Check(Arrest arrest)
    {
        Preconditions.CheckNotNull(arrest);
        (Instant? endedAt, string path, string what) = arrest.Outcome switch
        {
            Charged charged => (charged.ChargedAt, "/outcome/chargedAt", "charged"),
            ReleasedUnderInvestigation released => (released.ReleasedAt, "/outcome/releasedAt", "released"),
            _ => ((Instant?)null, "", ""),
        };
        if (arrest.Custody is null || endedAt is not { } ended)
        {
            return EquatableArray<ValidationProblem>.Empty;
        }
        DetentionClock clock = For(arrest);
        double hours = (ended - clock.RelevantTime).TotalHours;
        return clock.Status(ended) switch
        {
            DetentionStatus.BeyondAbsoluteLimit => [new ValidationProblem(
                RuleCodes.DetentionBeyondAbsoluteLimit,
                ValidationSeverity.Error,
                Invariant($"The person was {what} {hours:0.#} hours after the relevant time, beyond the 96-hour limit on detention without charge (PACE s.44(3)(b))."),
                path)],
            DetentionStatus.WarrantOfFurtherDetention => [new ValidationProblem(
                RuleCodes.DetentionNeedsWarrantOfFurtherDetention,
                ValidationSeverity.Warning,
                Invariant($"The person was {what} {hours:0.#} hours after the relevant time: detention beyond 36 hours needs a warrant of further detention from a magistrates' court (PACE ss.43-44), which is not recorded."),
                path)],
            DetentionStatus.SuperintendentExtension => [new ValidationProblem(
                RuleCodes.DetentionNeedsSuperintendentExtension,
                ValidationSeverity.Information,
                Invariant($"The person was {what} {hours:0.#} hours after the relevant time: detention beyond 24 hours needs a superintendent's authorisation, for an indictable offence (PACE s.42)."),
                path)],
            _ => EquatableArray<ValidationProblem>.Empty,
        };
    }

    private static Instant Earlier(Instant a, Instant b) => a < b ? a : b;
}
