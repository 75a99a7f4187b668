namespace PolicingModel;

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
