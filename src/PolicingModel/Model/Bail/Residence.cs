namespace PolicingModel;

/// <summary>To live and sleep at the bail address. The address is personal data and lives in <see cref="PersonalIdentifiers"/>.</summary>
public sealed record Residence : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    public Residence(DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
    }
}
