namespace PolicingModel.Rules;

/// <summary>One deadline on the detention clock: what falls due and when, with the local time in England and Wales.</summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record DetentionDeadline
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="kind">What falls due.</param>
    /// <param name="at">The moment it falls due.</param>
    /// <param name="reviewNumber">For a review, its number (1 for the first); null otherwise.</param>
    /// <exception cref="ArgumentException">An undefined kind, or a review number given for a limit, missing for a review, or below 1.</exception>
    public DetentionDeadline(DetentionDeadlineKind kind, Instant at, int? reviewNumber = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Preconditions.CheckArgument(
            (kind == DetentionDeadlineKind.Review) == (reviewNumber is not null),
            nameof(reviewNumber),
            $"{nameof(reviewNumber)} is required for, and only allowed with, {DetentionDeadlineKind.Review}.");
        if (reviewNumber is { } number)
        {
            Preconditions.CheckPositive(number, nameof(reviewNumber));
        }
        At = at;
        ReviewNumber = reviewNumber;
    }

    /// <summary>What falls due.</summary>
    public DetentionDeadlineKind Kind { get; }

    /// <summary>The moment it falls due.</summary>
    public Instant At { get; }

    /// <summary>For a review, its number (1 for the first); null otherwise.</summary>
    public int? ReviewNumber { get; }

    /// <summary>The local date and time in England and Wales (Europe/London) at which it falls due.</summary>
    public LocalDateTime LocalAt => EnglandAndWales.LocalAt(At);
}
