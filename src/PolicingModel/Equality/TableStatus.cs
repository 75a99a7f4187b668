namespace PolicingModel.Equality;

/// <summary>Whether a table of counts could be tested, and if not, why.</summary>
public enum TableStatus
{
    /// <summary>The test was carried out.</summary>
    [WireCode("ok")]
    Ok = 0,

    /// <summary>
    /// A margin is zero — a group has nobody in it, or nobody (or everybody) has the outcome — so only one table has
    /// these margins. The exact p-value is then 1 by definition and says nothing about a difference; the chi-square
    /// statistic is undefined and is null.
    /// </summary>
    [WireCode("single-table")]
    SingleTable,
}
