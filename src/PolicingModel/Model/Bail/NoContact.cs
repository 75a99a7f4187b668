namespace PolicingModel;

/// <summary>Not to contact certain people, directly or indirectly. Describe them by role ("prosecution witnesses"), never by name.</summary>
public sealed record NoContact : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="with">Whom the person must not contact, by role.</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentException">A blank description.</exception>
    public NoContact(string with, DateInterval? appliesDuring = null)
        : base(appliesDuring) => With = Preconditions.CheckNotBlank(with);

    /// <summary>Whom the person must not contact, by role.</summary>
    public string With { get; }
}
