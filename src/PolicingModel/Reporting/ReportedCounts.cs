namespace PolicingModel.Reporting;

// Arithmetic on ReportedCount that keeps the hedge honest.
internal static class ReportedCounts
{
    // How a total given without a number ("some") is counted: at least one.
    internal static ReportedCount Some { get; } = new(1, Precision.AtLeast);

    internal static ReportedCount Zero { get; } = ReportedCount.Exactly(0);

    // The sum, with precision combined by PrecisionExtensions.CombineWith; a sum beyond int.MaxValue is int.MaxValue
    // "at least" (a true lower bound) rather than an overflow, so that summaries never throw.
    internal static ReportedCount Add(ReportedCount left, ReportedCount right)
    {
        long sum = (long)left.Value + right.Value;
        return sum > int.MaxValue
            ? new(int.MaxValue, Precision.AtLeast)
            : new((int)sum, left.Precision.CombineWith(right.Precision));
    }

    // A sum of plain counts that stops at int.MaxValue.
    internal static int SaturatedSum(IEnumerable<int> counts) => (int)Math.Min(int.MaxValue, counts.Sum(c => (long)c));

    internal static ReportedCount Sum(IEnumerable<ReportedCount> counts) => counts.Aggregate(Zero, Add);

    // The figure of a reported total: its count, or "some" when it has none.
    internal static ReportedCount Of(ReportedTotal total) => total.Count ?? Some;

    // Itemised detail where it exists, the reported total where it does not: the reported figure wins only when it
    // says more than the itemised records do (55 reported, three itemised), so records never hide a larger total.
    internal static ReportedCount Prefer(int itemised, ReportedCount? reported) =>
        reported is { } r && (r.Value > itemised || (itemised == 0 && r.Value == 0 && r.Precision != Precision.Exact))
            ? r
            : ReportedCount.Exactly(itemised);

    // Merges tallies by key, keys in ascending order.
    internal static EquatableArray<Tally<TKey>> Merge<TKey>(IEnumerable<Tally<TKey>> tallies)
        where TKey : notnull =>
        tallies
            .GroupBy(t => t.Key)
            .OrderBy(g => g.Key)
            .Select(g => new Tally<TKey>(g.Key, Sum(g.Select(t => t.Count))))
            .ToEquatableArray();
}
