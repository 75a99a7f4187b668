namespace PolicingModel;

/// <summary>
/// A warrant: its kind and enactment, the premises (or person) it covers, when it was issued, and its execution.
/// </summary>
/// <remarks>
/// Value equality over all members. Whether it was executed within its period of validity is a dated rule
/// (PACE s.16(3): three months), checked by validation.
/// </remarks>
public sealed record Warrant
{
    /// <summary>Creates a warrant.</summary>
    /// <param name="id">Unique within the operation.</param>
    /// <param name="kind">The kind of warrant.</param>
    /// <param name="premises">Where the premises are (for an arrest warrant, where it was executed), if the source says.</param>
    /// <param name="premisesKind">Residential, business or other.</param>
    /// <param name="legislation">The enactment it was issued under.</param>
    /// <param name="issuedOn">The date of issue, if known.</param>
    /// <param name="execution">When it was executed, or null if not (yet).</param>
    /// <exception cref="ArgumentException">An unset id or kind, or an execution dated before the issue date.</exception>
    public Warrant(
        WarrantId id,
        WarrantKind kind,
        Place? premises = null,
        PremisesKind premisesKind = PremisesKind.NotStated,
        WarrantLegislation legislation = WarrantLegislation.NotStated,
        LocalDate? issuedOn = null,
        WarrantExecution? execution = null)
    {
        Id = Identifier.CheckSet(id);
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Premises = premises;
        PremisesKind = Preconditions.CheckDefined(premisesKind);
        Legislation = Preconditions.CheckDefined(legislation);
        if (issuedOn is { } issued && execution is not null)
        {
            Preconditions.CheckArgument(
                EnglandAndWales.DateAt(execution.At) >= issued,
                nameof(execution),
                $"{nameof(execution)} must not be before the warrant was issued ({issued:yyyy-MM-dd}).");
        }
        IssuedOn = ModelCalendar.Check(issuedOn);
        Execution = execution;
    }

    /// <summary>Unique within the operation.</summary>
    public WarrantId Id { get; }

    /// <summary>The kind of warrant.</summary>
    public WarrantKind Kind { get; }

    /// <summary>Where the premises are, if known.</summary>
    public Place? Premises { get; }

    /// <summary>Residential, business or other.</summary>
    public PremisesKind PremisesKind { get; }

    /// <summary>The enactment it was issued under.</summary>
    public WarrantLegislation Legislation { get; }

    /// <summary>The date of issue, if known.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>When it was executed, or null if not (yet).</summary>
    public WarrantExecution? Execution { get; }

    /// <summary>True when the warrant has been executed.</summary>
    public bool IsExecuted => Execution is not null;
}
