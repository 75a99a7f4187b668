namespace PolicingModel.Rules;

/// <summary>
/// The result of checking a pre-charge bail against the time limits that apply to it: the regime, the dates the
/// rules give, and the findings (see <see cref="RuleCodes"/>, PM2xxx).
/// </summary>
/// <remarks>Value equality over all members, the findings compared element by element.</remarks>
public sealed record BailCheck
{
    /// <summary>Creates a result.</summary>
    /// <param name="regime">The regime that applies.</param>
    /// <param name="periodStart">The bail start date: the day after arrest.</param>
    /// <param name="initialLimit">The last day of the initial bail period; null when no statutory limit applies.</param>
    /// <param name="authorisedLimit">The last day the recorded grant and extensions can lawfully allow; null when there is no fixed limit (no statutory limit, or a court extension, whose length the court sets).</param>
    /// <param name="findings">What was found; empty when nothing.</param>
    /// <exception cref="ArgumentException">An undefined regime, or a null finding.</exception>
    public BailCheck(BailRegime regime, LocalDate periodStart, LocalDate? initialLimit, LocalDate? authorisedLimit, EquatableArray<ValidationProblem> findings)
    {
        Regime = Preconditions.CheckDefined(regime);
        PeriodStart = periodStart;
        InitialLimit = initialLimit;
        AuthorisedLimit = authorisedLimit;
        Findings = Preconditions.CheckNoNulls(findings);
    }

    /// <summary>The regime that applies.</summary>
    public BailRegime Regime { get; }

    /// <summary>The bail start date: the day after arrest.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>The last day of the initial bail period; null when no statutory limit applies.</summary>
    public LocalDate? InitialLimit { get; }

    /// <summary>The last day the recorded grant and extensions can lawfully allow; null when there is no fixed limit.</summary>
    public LocalDate? AuthorisedLimit { get; }

    /// <summary>What was found, paths relative to the bail (for example <c>/extensions/0/extendedTo</c>).</summary>
    public EquatableArray<ValidationProblem> Findings { get; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsWithinLimits => !Findings.Any(f => f.Severity == ValidationSeverity.Error);
}
