namespace PolicingModel;

/// <summary>An extension of a pre-charge bail period: who authorised it, when, and the new return date.</summary>
/// <remarks>Value equality over all members. Whether the authority may extend that far is a rule, checked by validation.</remarks>
public sealed record BailExtension
{
    /// <summary>Records an extension.</summary>
    /// <param name="authorisedOn">The date it was authorised.</param>
    /// <param name="authority">Who authorised it.</param>
    /// <param name="extendedTo">The new last day of the bail period (the new answer date).</param>
    /// <exception cref="ArgumentException">An unset authority, or a new date before the authorisation.</exception>
    public BailExtension(LocalDate authorisedOn, BailAuthority authority, LocalDate extendedTo)
    {
        AuthorisedOn = ModelCalendar.Check(authorisedOn);
        Authority = Preconditions.CheckDefinedNotDefault(authority);
        Preconditions.CheckArgument(extendedTo >= authorisedOn, nameof(extendedTo), $"{nameof(extendedTo)} must not be before {nameof(authorisedOn)}.");
        ExtendedTo = ModelCalendar.Check(extendedTo);
    }

    /// <summary>The date it was authorised.</summary>
    public LocalDate AuthorisedOn { get; }

    /// <summary>Who authorised it.</summary>
    public BailAuthority Authority { get; }

    /// <summary>The new last day of the bail period.</summary>
    public LocalDate ExtendedTo { get; }
}
