namespace PolicingModel;

/// <summary>A condition that fits none of the named kinds.</summary>
public sealed record OtherBailCondition : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="description">What the condition requires.</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentException">A blank description.</exception>
    public OtherBailCondition(string description, DateInterval? appliesDuring = null)
        : base(appliesDuring) => Description = Preconditions.CheckNotBlank(description);

    /// <summary>What the condition requires.</summary>
    public string Description { get; }
}
