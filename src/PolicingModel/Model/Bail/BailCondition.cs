namespace PolicingModel;

/// <summary>
/// A condition of bail (PACE s.47(1A), Bail Act 1976 s.3(6)). There is no statutory list; the kinds here are the
/// common ones, each a sealed record, plus <see cref="OtherBailCondition"/>. A condition applies for the whole bail
/// unless <see cref="AppliesDuring"/> narrows it.
/// </summary>
/// <remarks>Value equality over all members of the concrete kind.</remarks>
public abstract record BailCondition
{
    private protected BailCondition(DateInterval? appliesDuring) => AppliesDuring = ModelCalendar.Check(appliesDuring);

    /// <summary>The dates (England and Wales, inclusive) the condition applies, or null for the whole bail period.</summary>
    public DateInterval? AppliesDuring { get; }

    /// <summary>True when the condition applies on <paramref name="date"/> (bail itself must also be active; see <see cref="Bail.IsActiveOn"/>).</summary>
    /// <param name="date">The date to test.</param>
    public bool AppliesOn(LocalDate date) => AppliesDuring is null || AppliesDuring.Contains(date);
}
