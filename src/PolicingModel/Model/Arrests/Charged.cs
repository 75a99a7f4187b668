namespace PolicingModel;

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
        ChargedAt = ModelCalendar.Check(chargedAt);
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
