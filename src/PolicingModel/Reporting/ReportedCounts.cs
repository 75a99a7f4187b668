namespace PolicingModel.Reporting;

/// <summary>Arithmetic on <see cref="ReportedCount"/> that keeps the hedge honest.</summary>
internal static class ReportedCounts
{
    /// <summary>How a total given without a number ("some") is counted: at least one.</summary>
    internal static ReportedCount Some { get; } = new(1, Precision.AtLeast);

    internal static ReportedCount Zero { get; } = ReportedCount.Exactly(0);

    /// <summary>The sum, with precision combined by <see cref="PrecisionExtensions.CombineWith"/>.</summary>
    internal static ReportedCount Add(ReportedCount left, ReportedCount right) =>
        new(checked(left.Value + right.Value), left.Precision.CombineWith(right.Precision));

    internal static ReportedCount Sum(IEnumerable<ReportedCount> counts) => counts.Aggregate(Zero, Add);

    /// <summary>The figure of a reported total: its count, or "some" when it has none.</summary>
    internal static ReportedCount Of(ReportedTotal total) => total.Count ?? Some;

    /// <summary>
    /// Itemised detail where it exists, the reported total where it does not: the reported figure wins only when it
    /// says more than the itemised records do (55 reported, three itemised), so records never hide a larger total.
    /// </summary>
    internal static ReportedCount Prefer(int itemised, ReportedCount? reported) =>
        reported is { } r && (r.Value > itemised || (itemised == 0 && r.Value == 0 && r.Precision != Precision.Exact))
            ? r
            : ReportedCount.Exactly(itemised);

    /// <summary>Merges tallies by key, keys in ascending order.</summary>
    internal static EquatableArray<Tally<TKey>> Merge<TKey>(IEnumerable<Tally<TKey>> tallies)
        where TKey : notnull =>
        tallies
            .GroupBy(t => t.Key)
            .OrderBy(g => g.Key)
            .Select(g => new Tally<TKey>(g.Key, Sum(g.Select(t => t.Count))))
            .ToEquatableArray();
}
