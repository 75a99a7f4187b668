namespace PolicingModel;

/// <summary>
/// What happened after an arrest, as last known: still in custody, charged, bailed, released under investigation,
/// cautioned, a community resolution, no further action, or recalled to prison. The set of kinds is closed (each is a
/// sealed record in this library), so a switch over them can be exhaustive and JSON can name each kind.
/// </summary>
/// <remarks>Value equality over all members of the concrete kind.</remarks>
public abstract record ArrestOutcome
{
    private protected ArrestOutcome()
    {
    }
}

/// <summary>Still in police custody ("they all remain in police custody while the investigation continues").</summary>
public sealed record RemainsInCustody : ArrestOutcome;

/// <summary>Released on pre-charge police bail, usually with conditions.</summary>
public sealed record Bailed : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="bail">The bail, which must be pre-charge bail.</param>
    /// <exception cref="ArgumentException">No bail, or bail of another kind (post-charge bail belongs to <see cref="Charged"/>).</exception>
    public Bailed(Bail bail)
    {
        Bail = Preconditions.CheckNotNull(bail);
        Preconditions.CheckArgument(bail.Kind == BailKind.PreCharge, nameof(bail), $"{nameof(bail)} must be {BailKind.PreCharge} bail; post-charge bail belongs to a {nameof(Charged)} outcome.");
    }

    /// <summary>The bail.</summary>
    public Bail Bail { get; }
}

/// <summary>Released under investigation: not bail, so no conditions and no return date.</summary>
public sealed record ReleasedUnderInvestigation : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="releasedAt">When the person was released, if known.</param>
    public ReleasedUnderInvestigation(Instant? releasedAt = null) => ReleasedAt = releasedAt;

    /// <summary>When the person was released, if known.</summary>
    public Instant? ReleasedAt { get; }
}

/// <summary>Charged, and then remanded in custody or bailed to court.</summary>
public sealed record Charged : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="charges">The offences charged; empty when the source gives none beyond the arrest offences.</param>
    /// <param name="chargedAt">When the charge was made, if known.</param>
    /// <param name="remandedInCustody">True when remanded in custody to appear at court.</param>
    /// <param name="bail">Post-charge or court bail, when bailed.</param>
    /// <exception cref="ArgumentException">Both remanded and bailed, pre-charge bail given, or a null charge.</exception>
    public Charged(EquatableArray<SuspectedOffence> charges = default, Instant? chargedAt = null, bool remandedInCustody = false, Bail? bail = null)
    {
        Charges = Preconditions.CheckNoNulls(charges);
        Preconditions.CheckArgument(!(remandedInCustody && bail is not null), nameof(bail), $"A person cannot be both remanded in custody and on bail.");
        Preconditions.CheckArgument(bail is null || bail.Kind != BailKind.PreCharge, nameof(bail), $"{nameof(bail)} after charge must be post-charge or court bail.");
        ChargedAt = chargedAt;
        RemandedInCustody = remandedInCustody;
        Bail = bail;
    }

    /// <summary>The offences charged.</summary>
    public EquatableArray<SuspectedOffence> Charges { get; }

    /// <summary>When the charge was made, if known.</summary>
    public Instant? ChargedAt { get; }

    /// <summary>True when remanded in custody.</summary>
    public bool RemandedInCustody { get; }

    /// <summary>Post-charge or court bail, when bailed.</summary>
    public Bail? Bail { get; }
}

/// <summary>Given a caution.</summary>
public sealed record Cautioned : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="conditional">True for a conditional caution, false for a simple caution.</param>
    public Cautioned(bool conditional = false) => Conditional = conditional;

    /// <summary>True for a conditional caution.</summary>
    public bool Conditional { get; }
}

/// <summary>Dealt with by a community resolution.</summary>
public sealed record CommunityResolution : ArrestOutcome;

/// <summary>No further action: released with no charge, caution or bail.</summary>
public sealed record NoFurtherAction : ArrestOutcome;

/// <summary>Recalled to prison (the person was on licence).</summary>
public sealed record RecalledToPrison : ArrestOutcome;
