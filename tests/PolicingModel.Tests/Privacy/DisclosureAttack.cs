using PolicingModel.Privacy;

namespace PolicingModel.Tests.Privacy;

/// <summary>
/// What a reader can learn about the hidden counts of a published one-way table. Two attackers: an exact one that
/// knows the suppression rule and tries every table of the same size and total (feasible for small tables only), and
/// a bounds one that works by subtraction from the total with the bounds each published status implies (any size).
/// </summary>
internal static class DisclosureAttack
{
    /// <summary>
    /// Every table of <paramref name="categories"/> counts summing to <paramref name="total"/>, grouped by how the rule
    /// publishes it; for each group, the set of counts each category takes across the group.
    /// </summary>
    internal static Dictionary<EquatableArray<PublicCount>, HashSet<int>[]> ConsistentCounts(int categories, int total, int threshold)
    {
        var groups = new Dictionary<EquatableArray<PublicCount>, HashSet<int>[]>();
        foreach (int[] table in Compositions(total, categories))
        {
            EquatableArray<PublicCount> published = SmallCellSuppression.Apply(table, threshold);
            if (!groups.TryGetValue(published, out HashSet<int>[]? sets))
            {
                sets = [.. Enumerable.Range(0, categories).Select(_ => new HashSet<int>())];
                groups.Add(published, sets);
            }
            for (int i = 0; i < categories; i++)
            {
                sets[i].Add(table[i]);
            }
        }
        return groups;
    }

    /// <summary>Every way of writing <paramref name="total"/> as <paramref name="parts"/> ordered counts of zero or more (each yielded array is fresh).</summary>
    internal static IEnumerable<int[]> Compositions(int total, int parts)
    {
        int[] buffer = new int[parts];
        return Fill(0, total);

        IEnumerable<int[]> Fill(int position, int left)
        {
            if (position == parts - 1)
            {
                buffer[position] = left;
                yield return (int[])buffer.Clone();
                yield break;
            }
            for (int value = 0; value <= left; value++)
            {
                buffer[position] = value;
                foreach (int[] table in Fill(position + 1, left - value))
                {
                    yield return table;
                }
            }
        }
    }

    /// <summary>
    /// The range [low, high] of each category's count that subtraction from the total allows, given the bounds of each
    /// status: a shown count is exact; "fewer than N" is 0 to N − 1; a withheld count is at least every shown count and
    /// at least N when a shown count remains (the rule withholds the largest shown count), else anything.
    /// </summary>
    internal static (int Low, int High)[] Bounds(IReadOnlyList<PublicCount> published, int total, int threshold)
    {
        int shownSum = published.Where(c => c.Value is not null).Sum(c => c.Value!.Value);
        int hidden = total - shownSum;
        int largestShown = published.Where(c => c.Value is not null).Select(c => c.Value!.Value).DefaultIfEmpty(-1).Max();
        var bounds = published.Select(c => c.Status switch
        {
            PublicCountStatus.Shown => (Low: c.Value!.Value, High: c.Value!.Value),
            PublicCountStatus.FewerThan => (Low: 0, High: threshold - 1),
            _ => largestShown >= 0 ? (Low: Math.Max(threshold, largestShown), High: hidden) : (Low: 0, High: hidden),
        }).ToArray();
        var result = new (int Low, int High)[bounds.Length];
        for (int i = 0; i < bounds.Length; i++)
        {
            if (published[i].Status == PublicCountStatus.Shown)
            {
                result[i] = bounds[i];
                continue;
            }
            int othersLow = 0, othersHigh = 0;
            for (int j = 0; j < bounds.Length; j++)
            {
                if (j != i && published[j].Status != PublicCountStatus.Shown)
                {
                    othersLow += bounds[j].Low;
                    othersHigh += bounds[j].High;
                }
            }
            result[i] = (Math.Max(bounds[i].Low, hidden - othersHigh), Math.Min(bounds[i].High, hidden - othersLow));
        }
        return result;
    }
}
