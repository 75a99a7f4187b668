namespace PolicingModel;

/// <summary>Property that fits no other kind, such as scales, designer goods or cutting agents.</summary>
public sealed record OtherPropertySeized : SeizedItem
{
    /// <summary>Creates a seizure of other property.</summary>
    /// <param name="description">What was seized, such as "digital scales".</param>
    /// <param name="count">How many; one when omitted.</param>
    /// <exception cref="ArgumentException">A blank description or a count of zero.</exception>
    public OtherPropertySeized(string description, ReportedCount? count = null)
    {
        Description = Preconditions.CheckNotBlank(description);
        Count = SeizedCount.Check(count ?? ReportedCount.Exactly(1), nameof(count));
    }

    /// <summary>What was seized.</summary>
    public string Description { get; }

    /// <summary>How many.</summary>
    public ReportedCount Count { get; }
}
