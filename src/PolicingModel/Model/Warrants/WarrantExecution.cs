namespace PolicingModel;

/// <summary>
/// When a warrant was executed and what it found. A dawn raid at 05:00 is recorded as it happened, not rejected:
/// whether the hour was reasonable is a rule (PACE s.16(4)), reported by validation.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record WarrantExecution
{
    /// <summary>Records an execution.</summary>
    /// <param name="at">The moment entry was made.</param>
    /// <param name="result">What it found.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined result.</exception>
    public WarrantExecution(Instant at, WarrantResult result = WarrantResult.NotReported)
    {
        At = ModelCalendar.Check(at);
        Result = Preconditions.CheckDefined(result);
    }

    /// <summary>The moment entry was made.</summary>
    public Instant At { get; }

    /// <summary>What it found.</summary>
    public WarrantResult Result { get; }
}
