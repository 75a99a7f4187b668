namespace PolicingModel.Reporting;

// Arithmetic on ReportedCount that keeps the hedge honest.
internal static class ReportedCounts
{
    // How a total given without a number ("some") is counted: at least one.
    internal static ReportedCount Some { get; } = new(1, Precision.AtLeast);

    internal static ReportedCount Zero { get; } = ReportedCount.Exactly(0);

    // The sum by the interval rules of Precision; a sum beyond int.MaxValue is "at least" int.MaxValue (a true lower
    // bound) rather than an overflow, so that summaries never throw.
    internal static ReportedCount Add(ReportedCount left, ReportedCount right) => left.Add(right);

    // A sum of plain counts that stops at int.MaxValue.
    internal static int SaturatedSum(IEnumerable<int> counts) => (int)Math.Min(int.MaxValue, counts.Sum(c => (long)c));

    internal static ReportedCount Sum(IEnumerable<ReportedCount> counts) => counts.Aggregate(Zero, Add);

    // The figure of a reported total: its count, or "some" when it has none.
    internal static ReportedCount Of(ReportedTotal total) => total.Count ?? Some;

    // What is known of a total from the itemised records and the reported figure together. The reported figure stands
    // unless the records prove more than it says, so records never hide a larger total and a hedge is never turned
    // into an exact number ("some arrests" with one itemised stays "some", not "one"):
    // - none reported: the itemised count, exactly;
    // - exact, approximate, up to, fewer than, a range: the reported figure while the records fit inside it; the
    //   records' count when they exceed it (validation reports the contradiction);
    // - at least, more than: the reported bound, or "at least" the records' count when that is higher;
    // - unquantified: the reported words, or "at least" the records' count when there are records.
    internal static ReportedCount Prefer(int itemised, ReportedCount? reported)
    {
        if (reported is not { } r)
        {
            return ReportedCount.Exactly(itemised);
        }
        return r.Precision switch
        {
            Precision.AtLeast => itemised > r.Value ? ReportedCount.AtLeast(itemised) : r,
            Precision.MoreThan => itemised > r.Value ? ReportedCount.AtLeast(itemised) : r,
            Precision.Unquantified => itemised > 0 && r.Wording is null ? ReportedCount.AtLeast(itemised) : r,
            Precision.FewerThan => itemised < r.Value ? r : ReportedCount.Exactly(itemised),
            Precision.Range => itemised <= r.Upper ? r : ReportedCount.Exactly(itemised),
            _ => itemised <= r.Value ? r : ReportedCount.Exactly(itemised),
        };
    }

    // Merges tallies by key, keys in ascending order.
    internal static EquatableArray<Tally<TKey>> Merge<TKey>(IEnumerable<Tally<TKey>> tallies)
        where TKey : notnull =>
        tallies
            .GroupBy(t => t.Key)
            .OrderBy(g => g.Key)
            .Select(g => new Tally<TKey>(g.Key, Sum(g.Select(t => t.Count))))
            .ToEquatableArray();
}
