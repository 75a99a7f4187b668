namespace PolicingModel;

/// <summary>
/// Bail: its kind, when it was granted, when the person must answer it, the conditions attached and any extensions.
/// Released under investigation is not bail and is a separate outcome (<see cref="ReleasedUnderInvestigation"/>).
/// </summary>
/// <remarks>
/// Value equality over all members, including the conditions and extensions. How long pre-charge bail may run is a
/// dated rule, checked by validation: three months initially for people arrested after the Police, Crime, Sentencing
/// and Courts Act 2022 changes of 28 October 2022, 28 days for those arrested before (the regime follows the date of
/// arrest, not of the grant; see <c>PolicingModel.Rules.PreChargeBailRules</c>).
/// </remarks>
public sealed record Bail
{
    /// <summary>Creates a bail record.</summary>
    /// <param name="kind">Pre-charge, post-charge or court bail.</param>
    /// <param name="grantedOn">The date bail was granted (for pre-charge bail, usually the arrest date; the period starts the next day).</param>
    /// <param name="answerOn">The date the person must return to the station or appear at court, if set.</param>
    /// <param name="conditions">The conditions attached; empty for unconditional bail.</param>
    /// <param name="extensions">Extensions of a pre-charge bail period, in order.</param>
    /// <exception cref="ArgumentException">An unset kind, an answer date before the grant, a null condition, extensions out of order, or extensions on bail that is not pre-charge.</exception>
    public Bail(
        BailKind kind,
        LocalDate grantedOn,
        LocalDate? answerOn = null,
        EquatableArray<BailCondition> conditions = default,
        EquatableArray<BailExtension> extensions = default)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        GrantedOn = ModelCalendar.Check(grantedOn);
        Preconditions.CheckArgument(answerOn is null || answerOn >= grantedOn, nameof(answerOn), $"{nameof(answerOn)} must not be before {nameof(grantedOn)}.");
        AnswerOn = ModelCalendar.Check(answerOn);
        Conditions = Preconditions.CheckNoNulls(conditions);
        Extensions = Preconditions.CheckNoNulls(extensions);
        Preconditions.CheckArgument(kind == BailKind.PreCharge || extensions.IsEmpty, nameof(extensions), $"{nameof(extensions)} apply only to pre-charge bail.");
        LocalDate previous = grantedOn;
        for (int i = 0; i < extensions.Length; i++)
        {
            Preconditions.CheckArgument(
                extensions[i].AuthorisedOn >= grantedOn && extensions[i].ExtendedTo > previous,
                nameof(extensions),
                $"{nameof(extensions)}[{i}] must be authorised on or after the grant and extend beyond the date before it.");
            previous = extensions[i].ExtendedTo;
        }
    }

    /// <summary>Pre-charge, post-charge or court bail.</summary>
    public BailKind Kind { get; }

    /// <summary>The date bail was granted.</summary>
    public LocalDate GrantedOn { get; }

    /// <summary>The original answer (return) date, if set.</summary>
    public LocalDate? AnswerOn { get; }

    /// <summary>The conditions attached.</summary>
    public EquatableArray<BailCondition> Conditions { get; }

    /// <summary>Extensions of the bail period, in order.</summary>
    public EquatableArray<BailExtension> Extensions { get; }

    /// <summary>The answer date after any extensions: the last extension's date, else <see cref="AnswerOn"/>.</summary>
    public LocalDate? CurrentAnswerOn => Extensions.IsEmpty ? AnswerOn : Extensions[^1].ExtendedTo;

    /// <summary>True when the person is on bail on <paramref name="date"/>: from the grant to the current answer date, inclusive (open-ended when no date is set).</summary>
    /// <param name="date">The date to test.</param>
    public bool IsActiveOn(LocalDate date) => date >= GrantedOn && (CurrentAnswerOn is not { } end || date <= end);
}
