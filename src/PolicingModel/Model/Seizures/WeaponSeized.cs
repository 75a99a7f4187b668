namespace PolicingModel;

/// <summary>Weapons of one kind seized, such as "a knife was recovered".</summary>
public sealed record WeaponSeized : SeizedItem
{
    /// <summary>Creates a weapon seizure.</summary>
    /// <param name="kind">The kind of weapon.</param>
    /// <param name="count">How many; one when omitted.</param>
    /// <exception cref="ArgumentException">An unset kind or a count of zero.</exception>
    public WeaponSeized(WeaponKind kind, ReportedCount? count = null)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Count = SeizedCount.Check(count ?? ReportedCount.Exactly(1), nameof(count));
    }

    /// <summary>The kind of weapon.</summary>
    public WeaponKind Kind { get; }

    /// <summary>How many.</summary>
    public ReportedCount Count { get; }
}
