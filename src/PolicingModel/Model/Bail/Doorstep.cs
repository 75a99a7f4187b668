namespace PolicingModel;

/// <summary>To present yourself at the door of the bail address when police call (a "doorstep" condition).</summary>
public sealed record Doorstep : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    public Doorstep(DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
    }
}
