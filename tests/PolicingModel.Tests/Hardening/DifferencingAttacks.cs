using PolicingModel.Privacy;
using PolicingModel.Tests.Privacy;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The two differencing attacks on repeated publication, replayed exhaustively on small one-way tables (three
/// categories, threshold 3) by an attacker who knows the suppression rule, the totals, and which category the removed
/// arrest was in. (1) An operation published, then again after one arrest is removed. (2) Two operations published,
/// then their union. For each true table the attacker lists every table consistent with everything published and
/// recovers a count when all of them agree on it (for the revision, when the second table pins a count that the first,
/// with the same side knowledge, did not). Without a ledger both attacks recover "fewer than 3" counts (the
/// control, which shows the attacker works); through a <see cref="ReleaseLedger"/> the revision is refused and the
/// union is computed from the published parts, and nothing is recovered.
/// </summary>
internal static class DifferencingAttacks
{
    private const int Threshold = 3;
    private const int Categories = 3;

    /// <summary>Runs both attacks with the ledger into the tally (each recovered count a leak); returns the counts the same attacks recover without it.</summary>
    internal static (int Revision, int Union) Run(HardeningTally tally)
    {
        int revisionWithout = 0;
        int unionWithout = 0;
        tally.Run("differencing an operation and its revision, through a ledger", () =>
        {
            revisionWithout = Revision(withLedger: false);
            return Leaked(Revision(withLedger: true));
        }, "recovered");
        tally.Run("differencing two operations and their union, through a ledger", () =>
        {
            unionWithout = Union(withLedger: false);
            return Leaked(Union(withLedger: true));
        }, "recovered");
        EndToEnd(tally);
        return (revisionWithout, unionWithout);
    }

    private static string[] Leaked(int recovered) => recovered == 0 ? [] : [$"{recovered} small counts recovered"];

    // Attack 1: a table, then the same table less one arrest of category j. With the ledger the second is refused, so
    // the attacker has the first table only.
    private static int Revision(bool withLedger)
    {
        int recovered = 0;
        for (int total = 2; total <= 9; total++)
        {
            int[][] tables = [.. DisclosureAttack.Compositions(total, Categories)];
            foreach (int[] truth in tables)
            {
                for (int j = 0; j < Categories; j++)
                {
                    if (truth[j] == 0)
                    {
                        continue;
                    }
                    EquatableArray<PublicCount> first = SmallCellSuppression.Apply(truth, Threshold);
                    EquatableArray<PublicCount> second = withLedger ? default : SmallCellSuppression.Apply(Less(truth, j), Threshold);
                    // What the first table and the side knowledge (an arrest of category j) already give, and what the
                    // second table adds: only counts pinned by the second table are recovered by differencing.
                    int[][] fromFirst = [.. tables.Where(d => d[j] > 0 && SmallCellSuppression.Apply(d, Threshold).Equals(first))];
                    int[][] fromBoth = withLedger ? fromFirst : [.. fromFirst.Where(d => SmallCellSuppression.Apply(Less(d, j), Threshold).Equals(second))];
                    recovered += PinnedOnlyBy(truth, fromFirst, fromBoth);
                }
            }
        }
        return recovered;
    }

    // Attack 2: tables a and b of disjoint populations, then the table of their union: computed afresh without the
    // ledger, from the published parts with it.
    private static int Union(bool withLedger)
    {
        int recovered = 0;
        for (int ta = 1; ta <= 5; ta++)
        {
            for (int tb = 1; tb <= 5; tb++)
            {
                int[][] tablesA = [.. DisclosureAttack.Compositions(ta, Categories)];
                int[][] tablesB = [.. DisclosureAttack.Compositions(tb, Categories)];
                var groups = new Dictionary<(EquatableArray<PublicCount>, EquatableArray<PublicCount>, EquatableArray<PublicCount>), List<(int[] A, int[] B)>>();
                foreach (int[] a in tablesA)
                {
                    foreach (int[] b in tablesB)
                    {
                        var key = Publications(a, b, withLedger);
                        if (!groups.TryGetValue(key, out List<(int[], int[])>? list))
                        {
                            groups[key] = list = [];
                        }
                        list.Add((a, b));
                    }
                }
                foreach (List<(int[] A, int[] B)> group in groups.Values)
                {
                    foreach ((int[] a, int[] b) in group)
                    {
                        recovered += Pinned(a, [.. group.Select(g => g.A)]) + Pinned(b, [.. group.Select(g => g.B)]);
                    }
                }
            }
        }
        return recovered;
    }

    private static (EquatableArray<PublicCount>, EquatableArray<PublicCount>, EquatableArray<PublicCount>) Publications(int[] a, int[] b, bool withLedger)
    {
        EquatableArray<PublicCount> pa = SmallCellSuppression.Apply(a, Threshold);
        EquatableArray<PublicCount> pb = SmallCellSuppression.Apply(b, Threshold);
        EquatableArray<PublicCount> union = withLedger
            ? PublicArrestBreakdown.CombineCounts([pa, pb])
            : SmallCellSuppression.Apply([.. a.Zip(b, (x, y) => x + y)], Threshold);
        return (pa, pb, union);
    }

    // The small counts of truth (1 to Threshold - 1) on which every candidate agrees.
    private static int Pinned(int[] truth, int[][] candidates)
    {
        int pinned = 0;
        for (int i = 0; i < truth.Length; i++)
        {
            if (truth[i] is >= 1 and < Threshold && candidates.All(d => d[i] == truth[i]))
            {
                pinned++;
            }
        }
        return pinned;
    }

    private static int PinnedOnlyBy(int[] truth, int[][] before, int[][] after)
    {
        int pinned = 0;
        for (int i = 0; i < truth.Length; i++)
        {
            if (truth[i] is >= 1 and < Threshold && after.All(d => d[i] == truth[i]) && !before.All(d => d[i] == truth[i]))
            {
                pinned++;
            }
        }
        return pinned;
    }

    private static int[] Less(int[] table, int j)
    {
        int[] less = [.. table];
        less[j]--;
        return less;
    }

    // The ledger itself, on arrests: a revision refused, a union computed from the parts, a block republished unchanged.
    private static void EndToEnd(HardeningTally tally)
    {
        Arrest[] a = Arrests("a", males: 9, females: 2);
        Arrest[] b = Arrests("b", males: 1, females: 6);
        tally.Run("a ledger refuses a revision and publishes unions from their parts", () =>
        {
            var ledger = new ReleaseLedger();
            PublicArrestBreakdown first = ledger.Publish(a);
            try
            {
                ledger.Publish(a[1..]);
                tally.Wrong("ledger", "a revision of a published block was published");
            }
            catch (InvalidOperationException)
            {
                // documented
            }
            PublicArrestBreakdown second = ledger.Publish(b);
            PublicArrestBreakdown union = ledger.Publish([.. b, .. a]);
            EquatableArray<PublicCount> expected = PublicArrestBreakdown.CombineCounts([Counts(first), Counts(second)]);
            if (!Counts(union).Equals(expected) || union.Total != a.Length + b.Length || !ledger.Publish(a).Equals(first) || ledger.Blocks != 2)
            {
                tally.Wrong("ledger", "a union was not computed from its published parts, or a block came back different");
            }
            try
            {
                ledger.Publish([.. a, Examples.Arrest("c0")]);
                tally.Wrong("ledger", "a superset of a published block was published");
            }
            catch (InvalidOperationException)
            {
                // documented
            }
            return [];
        });
        tally.Run("PublicOperationView through a ledger refuses a revised operation", () =>
        {
            var ledger = new ReleaseLedger();
            Operation operation = Examples.Operation(arrests: [.. a]);
            _ = PublicOperationView.Of(operation, ledger);
            try
            {
                _ = PublicOperationView.Of(Examples.Operation(arrests: [.. a[1..]]), ledger);
                tally.Wrong("ledger view", "a revised operation was published");
            }
            catch (InvalidOperationException)
            {
                // documented
            }
            return [];
        });
    }

    private static EquatableArray<PublicCount> Counts(PublicArrestBreakdown breakdown) => breakdown.BySex.Cells.Select(c => c.Count).ToEquatableArray();

    private static Arrest[] Arrests(string prefix, int males, int females) =>
        [.. Enumerable.Range(0, males + females).Select(i => new Arrest(
            new ArrestId($"{prefix}{i}"), Examples.Dawn, new ArrestedPerson(Age.Exactly(30), i < males ? Sex.Male : Sex.Female),
            [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody()))];
}
