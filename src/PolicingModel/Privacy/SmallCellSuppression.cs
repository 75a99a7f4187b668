namespace PolicingModel.Privacy;

/// <summary>
/// Small-cell suppression of a one-way table (counts of arrests by age band, by sex, ...) whose total is published:
/// counts below a threshold N are shown as "fewer than N", and where the total would let one of them be worked out,
/// one more count is withheld (complementary suppression). The rule is exact and is given below.
/// </summary>
/// <remarks>
/// <para>
/// <b>The rule.</b> The table lists every category of its code list, zero counts included, with its total T shown
/// exactly. With threshold N:
/// </para>
/// <list type="number">
/// <item><description>If N is 1, every count is shown (only a zero is below 1, and a zero discloses no one).</description></item>
/// <item><description>
/// <b>Primary suppression.</b> Every count below N, <i>zero included</i>, is shown as "fewer than N". Call these cells
/// P, and their hidden sum R (which a reader can compute as T minus the shown counts).
/// </description></item>
/// <item><description>
/// <b>Complementary suppression.</b> If P holds exactly one cell, or if R ≥ |P|·(N − 1) − 1 (the hidden counts are all,
/// or all but one, at the largest value "fewer than N" allows), one more count is withheld: the largest shown count
/// (the first in table order on a tie); or, when every count is below N, the first cell of the table.
/// Nothing else is ever withheld.
/// </description></item>
/// </list>
/// <para>
/// <b>The guarantee.</b> Take everything published — the total, every shown count, which cells are "fewer than N" and
/// which are withheld — and this rule itself. For every category whose true count is between 1 and N − 1, at least two
/// different counts for it are consistent with all of that: no small count can be worked out by subtraction from the
/// total, by the bounds "fewer than N" implies, or from the fact that a count was (or was not) withheld. In outline, the
/// other table is always one arrest away: when the rule did not fire, move one arrest between the small cell and
/// another "fewer than N" cell (the sum of the small cells, and so the decision, is unchanged); when it fired because
/// of a single small cell, or with the small cells at their ceiling, move one arrest from the small cell to the
/// withheld one (which stays the largest, and the rule still fires); when it fired one below the ceiling, swap the one
/// cell that is short with a full one; when every count is small and at the ceiling, the same display also arises
/// from a table whose first cell is N and whose other cells are together one short of their ceiling. The tests check the guarantee
/// exhaustively for tables of 2 to 7, 9 and 11 categories up to small totals, and by subtraction on random tables.
/// A table of a single category cannot be protected, since its count is the total; at least two are required.
/// </para>
/// <para>
/// <b>Why each part.</b> Zeros are suppressed with the small counts because otherwise "fewer than N" would mean "at
/// least 1", and with N = 2 exactly 1. A single "fewer than N" cell would be the total minus the shown counts, and
/// hidden counts all at N − 1 would be pinned by their sum; the trigger also fires one below that, because a trigger
/// that fired only when all are at N − 1 would itself tell the reader so. The largest shown count is withheld because
/// doing so reveals only that it is at least every other shown count — a lower bound, which leaves the small counts
/// free to be zero — and because it loses the least relative precision: its value stays known to within the few
/// arrests hidden in the small cells. Withholding the <i>smallest</i> shown count instead reveals an upper bound on it,
/// and with ties that pins the small count again.
/// </para>
/// <para>
/// <b>Why there is no cross-classified table.</b> The guarantee is for one-way tables that share only their total.
/// Publishing a cross-classification (age band × sex × ...) beside them, with "fewer than N" for its small cells,
/// lets counts be pinned across the linked tables: of four arrests, three of Lambeth residents and three for drug
/// offences, at least two were Lambeth residents arrested for drug offences (3 + 3 − 4); a cross-table that shows that
/// cell as "fewer than 3" pins it at exactly two. Protecting linked tables needs an audit over all of them at once
/// (as statistical disclosure control tools do with linear programming); public views therefore publish one-way
/// tables only.
/// </para>
/// </remarks>
public static class SmallCellSuppression
{
    /// <summary>The default threshold: counts of 0, 1 and 2 are shown as "fewer than 3".</summary>
    public const int DefaultThreshold = 3;

    /// <summary>Applies the rule to one table.</summary>
    /// <param name="counts">The count of every category of the table, in table order, zero counts included; at least two.</param>
    /// <param name="threshold">N: counts below it are suppressed. At least 1 (1 suppresses nothing).</param>
    /// <returns>The published counts, one per category, in the same order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1, or a count is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="counts"/> has fewer than two categories.</exception>
    /// <remarks>Immediate; allocates the result only.</remarks>
    public static EquatableArray<PublicCount> Apply(ReadOnlySpan<int> counts, int threshold = DefaultThreshold)
    {
        CheckThreshold(threshold);
        Preconditions.CheckArgument(counts.Length >= 2, nameof(counts), $"{nameof(counts)} must have at least two categories (a single count is the total and cannot be protected); it has {counts.Length}.");
        var published = new PublicCount[counts.Length];
        int suppressed = 0;
        long hiddenSum = 0;
        int largestShown = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            int count = counts[i];
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), count, $"{nameof(counts)}[{i}] must not be negative.");
            }
            if (count < threshold && threshold > 1)
            {
                published[i] = PublicCount.FewerThan(threshold);
                suppressed++;
                hiddenSum += count;
            }
            else
            {
                published[i] = PublicCount.Shown(count);
                if (largestShown < 0 || count > counts[largestShown])
                {
                    largestShown = i;
                }
            }
        }
        if (suppressed == 1 || (suppressed > 1 && hiddenSum >= (suppressed * (long)(threshold - 1)) - 1))
        {
            published[largestShown >= 0 ? largestShown : 0] = PublicCount.Withheld;
        }
        return EquatableArray.Create<PublicCount>(published);
    }

    // Refuses a threshold below 1, naming the parameter.
    internal static int CheckThreshold(int threshold) => Preconditions.CheckPositive(threshold);
}
