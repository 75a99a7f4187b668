namespace PolicingModel.Reporting;

/// <summary>How many of one kind: arrests in an offence group, knives seized, referrals made.</summary>
/// <remarks>
/// Value equality over both members. A count with a lower-bound precision of one is a total the source gave without a
/// number ("some"). The default value has a default key and a count of zero.
/// </remarks>
/// <typeparam name="TKey">What is counted (an offence group, a weapon kind, ...).</typeparam>
public readonly record struct Tally<TKey>
{
    /// <summary>Creates a tally.</summary>
    /// <param name="key">What is counted.</param>
    /// <param name="count">How many, with the precision the sources gave.</param>
    public Tally(TKey key, ReportedCount count)
    {
        Key = key;
        Count = count;
    }

    /// <summary>What is counted.</summary>
    public TKey Key { get; }

    /// <summary>How many, with the precision the sources gave.</summary>
    public ReportedCount Count { get; }
}
