using System.Collections.Immutable;
using static System.FormattableString;

namespace PolicingModel.Rules;

/// <summary>
/// Time limits on pre-charge police bail (PACE ss.47ZA–47ZM): when the bail period starts, how long the initial
/// period runs, how far each authority may extend it, under the regime that the date of arrest selects
/// (<see cref="BailRegime"/>). Pure functions of dates and records: no clock, no I/O.
/// </summary>
/// <remarks>
/// <para>
/// Counting: the bail period starts on the day after the arrest (the "bail start date") and a period of N months
/// "beginning with" that day is taken to end on the day before the corresponding day N months later, which is the
/// corresponding day of the arrest date, or the last day of the month when that month is too short (arrested
/// 30 November 2023: start 1 December, three months end 29 February 2024; arrested 31 October 2022: start
/// 1 November, three months end 31 January 2023). A period of 28 days beginning with the start day ends 27 days
/// after it. This is the library's reading of the usual statutory convention; it is not verified against case law
/// on s.47ZB.
/// </para>
/// <para>
/// Released under investigation is not bail: it has no conditions and no return date, and the model keeps it as a
/// separate outcome (<see cref="ReleasedUnderInvestigation"/>, which has neither), so none of these limits apply to it.
/// </para>
/// <para>
/// Not modelled: time that does not count towards the limit (for example while a charging decision is with the
/// Crown Prosecution Service); the longer periods that designated or "exceptionally complex" cases had under the 2017
/// regime; the court's own limits (s.47ZF to 12 months, or 18 or 24 in the cases it lists), reported as "set by the court".
/// </para>
/// </remarks>
public static class PreChargeBailRules
{
    /// <summary>The first day of arrest to which the Policing and Crime Act 2017 limits apply: 3 April 2017 (<b>unverified</b>: secondary sources).</summary>
    public static LocalDate PolicingAndCrimeAct2017Commencement { get; } = new(2017, 4, 3);

    /// <summary>The first day of arrest to which the Police, Crime, Sentencing and Courts Act 2022 limits apply: 28 October 2022 (S.I. 2022/1075 reg. 4(a); PCSC Act 2022 s.45(3)(a)).</summary>
    public static LocalDate PoliceCrimeSentencingAndCourtsAct2022Commencement { get; } = new(2022, 10, 28);

    /// <summary>
    /// The regime for a person arrested on <paramref name="arrestDate"/> (local date in England and Wales). The 2022
    /// amendments apply only to a person arrested after they came into force (PCSC Act 2022 s.45(3)(a)), so bail
    /// granted on 28 October 2022 after an arrest on 27 October is still under the 2017 regime.
    /// </summary>
    /// <param name="arrestDate">The local date of arrest.</param>
    public static BailRegime RegimeFor(LocalDate arrestDate) =>
        arrestDate >= PoliceCrimeSentencingAndCourtsAct2022Commencement ? BailRegime.PoliceCrimeSentencingAndCourtsAct2022
        : arrestDate >= PolicingAndCrimeAct2017Commencement ? BailRegime.PolicingAndCrimeAct2017
        : BailRegime.NoStatutoryLimit;

    /// <summary>The bail start date: the day after the day of arrest (PACE s.47ZB).</summary>
    /// <param name="arrestDate">The local date of arrest.</param>
    public static LocalDate PeriodStart(LocalDate arrestDate) => arrestDate.PlusDays(1);

    /// <summary>
    /// The last day of the initial bail period for a person arrested on <paramref name="arrestDate"/>: since 28 October
    /// 2022, three months beginning with the bail start date (six months in cases investigated by the Serious Fraud
    /// Office, Financial Conduct Authority, National Crime Agency or HM Revenue and Customs); from 3 April 2017, 28 days;
    /// before that, null (no statutory limit). See the type's remarks for how the months are counted.
    /// </summary>
    /// <param name="arrestDate">The local date of arrest.</param>
    /// <param name="agencyCase">True for a case investigated by the SFO, FCA, NCA or HMRC (applies only to the 2022 regime).</param>
    public static LocalDate? InitialLimit(LocalDate arrestDate, bool agencyCase = false) => RegimeFor(arrestDate) switch
    {
        BailRegime.PoliceCrimeSentencingAndCourtsAct2022 => MonthsFromStart(arrestDate, agencyCase ? 6 : 3),
        BailRegime.PolicingAndCrimeAct2017 => PeriodStart(arrestDate).PlusDays(28 - 1),
        _ => null,
    };

    /// <summary>True when <paramref name="authority"/> may extend pre-charge bail under <paramref name="regime"/>: any authority under the 2022 regime; a superintendent or a court under the 2017 regime (an inspector could not extend); any, trivially, when there was no statutory limit.</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="authority">Who authorised the extension.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined regime or authority.</exception>
    public static bool CanExtend(BailRegime regime, BailAuthority authority)
    {
        Preconditions.CheckDefined(regime);
        Preconditions.CheckDefinedNotDefault(authority);
        return !(regime == BailRegime.PolicingAndCrimeAct2017 && authority == BailAuthority.Inspector);
    }

    /// <summary>
    /// The furthest last day to which <paramref name="authority"/> may extend the bail of a person arrested on
    /// <paramref name="arrestDate"/>: since 28 October 2022, an inspector 6 months (PACE s.47ZD) and a superintendent
    /// 9 months (s.47ZDA) from the bail start date; from 3 April 2017, a superintendent 3 months. Null when the limit is
    /// set by the court (a magistrates' court, s.47ZF onwards), when there is no statutory limit, or when the authority
    /// cannot extend under the regime (see <see cref="CanExtend"/>).
    /// </summary>
    /// <param name="arrestDate">The local date of arrest.</param>
    /// <param name="authority">Who authorised the extension.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined authority.</exception>
    /// <remarks>For SFO, FCA, NCA and HMRC cases the same steps are applied; how their extensions differ is <b>unverified</b> and not modelled.</remarks>
    public static LocalDate? LimitAfterAuthority(LocalDate arrestDate, BailAuthority authority)
    {
        Preconditions.CheckDefinedNotDefault(authority);
        return (RegimeFor(arrestDate), authority) switch
        {
            (BailRegime.PoliceCrimeSentencingAndCourtsAct2022, BailAuthority.Inspector) => MonthsFromStart(arrestDate, 6),
            (BailRegime.PoliceCrimeSentencingAndCourtsAct2022, BailAuthority.Superintendent) => MonthsFromStart(arrestDate, 9),
            (BailRegime.PolicingAndCrimeAct2017, BailAuthority.Superintendent) => MonthsFromStart(arrestDate, 3),
            _ => null,
        };
    }

    /// <summary>
    /// Checks pre-charge bail against the limits for a person arrested on <paramref name="arrestDate"/>. Findings, with
    /// paths relative to the bail: <see cref="RuleCodes.BailGrantedBeforeArrest"/>, <see cref="RuleCodes.BailWithoutAnswerDate"/>,
    /// <see cref="RuleCodes.BailAnswerBeyondInitialPeriod"/>, and for each extension <see cref="RuleCodes.BailExtensionByWrongAuthority"/>,
    /// <see cref="RuleCodes.BailExtensionBeyondAuthority"/> and <see cref="RuleCodes.BailExtensionAfterLapse"/>.
    /// </summary>
    /// <param name="bail">The bail, which must be pre-charge bail.</param>
    /// <param name="arrestDate">The local date of arrest, which selects the regime and starts the period.</param>
    /// <param name="agencyCase">True for a case investigated by the SFO, FCA, NCA or HMRC (six-month initial period under the 2022 regime).</param>
    /// <exception cref="ArgumentNullException"><paramref name="bail"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bail"/> is not pre-charge bail.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static BailCheck Check(Bail bail, LocalDate arrestDate, bool agencyCase = false)
    {
        Preconditions.CheckNotNull(bail);
        Preconditions.CheckArgument(bail.Kind == BailKind.PreCharge, nameof(bail), $"{nameof(bail)} must be {BailKind.PreCharge} bail; the time limits apply only to it.");
        BailRegime regime = RegimeFor(arrestDate);
        LocalDate start = PeriodStart(arrestDate);
        LocalDate? initial = InitialLimit(arrestDate, agencyCase);
        var findings = ImmutableArray.CreateBuilder<ValidationProblem>();

        if (bail.GrantedOn < arrestDate)
        {
            findings.Add(new ValidationProblem(
                RuleCodes.BailGrantedBeforeArrest,
                ValidationSeverity.Error,
                Invariant($"Bail was granted on {bail.GrantedOn:uuuu-MM-dd}, before the arrest on {arrestDate:uuuu-MM-dd}."),
                "/grantedOn"));
        }
        if (bail.CurrentAnswerOn is null)
        {
            findings.Add(new ValidationProblem(
                RuleCodes.BailWithoutAnswerDate,
                ValidationSeverity.Warning,
                bail.Conditions.IsEmpty
                    ? "Pre-charge bail has no answer date and no conditions: that is release under investigation, not bail."
                    : "Pre-charge bail has conditions but no answer date: a person on pre-charge bail must be told the date to answer bail.",
                "/answerOn"));
        }
        if (bail.AnswerOn is { } answer && initial is { } initialLimit && answer > initialLimit)
        {
            findings.Add(new ValidationProblem(
                RuleCodes.BailAnswerBeyondInitialPeriod,
                ValidationSeverity.Error,
                Invariant($"The answer date {answer:uuuu-MM-dd} is beyond the initial bail period, which ends on {initialLimit:uuuu-MM-dd} ({Describe(regime, agencyCase)}; bail start date {start:uuuu-MM-dd}, PACE s.47ZB)."),
                "/answerOn"));
        }

        LocalDate? authorised = initial;
        bool courtSet = regime == BailRegime.NoStatutoryLimit;
        LocalDate? previousAnswer = bail.AnswerOn;
        for (int i = 0; i < bail.Extensions.Length; i++)
        {
            BailExtension extension = bail.Extensions[i];
            string path = Invariant($"/extensions/{i}");
            if (previousAnswer is { } due && extension.AuthorisedOn > due)
            {
                findings.Add(new ValidationProblem(
                    RuleCodes.BailExtensionAfterLapse,
                    ValidationSeverity.Warning,
                    Invariant($"The extension was authorised on {extension.AuthorisedOn:uuuu-MM-dd}, after the date the person was due to answer bail ({due:uuuu-MM-dd})."),
                    path + "/authorisedOn"));
            }
            previousAnswer = extension.ExtendedTo;
            if (regime == BailRegime.NoStatutoryLimit)
            {
                continue;
            }
            if (!CanExtend(regime, extension.Authority))
            {
                findings.Add(new ValidationProblem(
                    RuleCodes.BailExtensionByWrongAuthority,
                    ValidationSeverity.Error,
                    Invariant($"An {Describe(extension.Authority)} could not extend pre-charge bail for a person arrested before 28 October 2022 (Policing and Crime Act 2017 regime: a superintendent, then a magistrates' court)."),
                    path + "/authority"));
                continue;
            }
            if (extension.Authority == BailAuthority.MagistratesCourt)
            {
                courtSet = true;
                continue;
            }
            LocalDate limit = LimitAfterAuthority(arrestDate, extension.Authority)!.Value;
            if (authorised is null || limit > authorised)
            {
                authorised = limit;
            }
            if (extension.ExtendedTo > limit)
            {
                findings.Add(new ValidationProblem(
                    RuleCodes.BailExtensionBeyondAuthority,
                    ValidationSeverity.Error,
                    Invariant($"The extension to {extension.ExtendedTo:uuuu-MM-dd} is beyond what {Article(extension.Authority)} {Describe(extension.Authority)} may authorise: {limit:uuuu-MM-dd} ({Describe(regime, extension.Authority)})."),
                    path + "/extendedTo"));
            }
        }

        return new BailCheck(regime, start, initial, courtSet ? null : authorised, findings.ToImmutable());
    }

    /// <summary>
    /// The bail findings for an arrest whose outcome is <see cref="Bailed"/>, with paths relative to the arrest
    /// (<c>/outcome/bail/answerOn</c>); the arrest date is the local date of <see cref="Arrest.ArrestedAt"/>. Other outcomes
    /// have none.
    /// </summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="agencyCase">True for a case investigated by the SFO, FCA, NCA or HMRC.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static EquatableArray<ValidationProblem> Check(Arrest arrest, bool agencyCase = false)
    {
        Preconditions.CheckNotNull(arrest);
        if (arrest.Outcome is not Bailed bailed)
        {
            return EquatableArray<ValidationProblem>.Empty;
        }
        return Check(bailed.Bail, EnglandAndWales.DateAt(arrest.ArrestedAt), agencyCase).Findings
            .Select(f => f.Under("/outcome/bail"))
            .ToEquatableArray();
    }

    private static LocalDate MonthsFromStart(LocalDate arrestDate, int months) =>
        // N months beginning with the start (the day after arrest) end on the corresponding day of the arrest date.
        arrestDate.PlusMonths(months);

    private static string Describe(BailRegime regime, bool agencyCase) => regime == BailRegime.PoliceCrimeSentencingAndCourtsAct2022
        ? agencyCase ? "six months in an SFO, FCA, NCA or HMRC case, arrest on or after 28 October 2022" : "three months for an arrest on or after 28 October 2022"
        : "28 days for an arrest from 3 April 2017 to 27 October 2022";

    private static string Describe(BailRegime regime, BailAuthority authority) => (regime, authority) switch
    {
        (BailRegime.PoliceCrimeSentencingAndCourtsAct2022, BailAuthority.Inspector) => "six months from the bail start date, PACE s.47ZD",
        (BailRegime.PoliceCrimeSentencingAndCourtsAct2022, _) => "nine months from the bail start date, PACE s.47ZDA",
        _ => "three months from the bail start date under the Policing and Crime Act 2017 regime",
    };

    private static string Describe(BailAuthority authority) => authority switch
    {
        BailAuthority.Inspector => "inspector",
        BailAuthority.Superintendent => "superintendent",
        _ => "magistrates' court",
    };

    private static string Article(BailAuthority authority) => authority == BailAuthority.Inspector ? "an" : "a";
}
