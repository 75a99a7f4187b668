namespace PolicingModel;

/// <summary>To surrender any passport and not apply for international travel documents.</summary>
public sealed record SurrenderPassport : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    public SurrenderPassport(DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
    }
}
