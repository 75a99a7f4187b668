namespace PolicingModel.Privacy;

/// <summary>
/// What has been published, kept by the caller across publications (a series of press releases, a dashboard), so that
/// no public breakdown can be differenced against another to recover a suppressed count. Publish disjoint blocks of
/// arrests (each operation, say); a later publication of arrests already published must be exactly a union of
/// published blocks, and is then computed from their published tables alone; anything else that overlaps a
/// published block is refused.
/// </summary>
/// <remarks>
/// <para>
/// <b>The threat.</b> Each table from <see cref="PublicArrestBreakdown.Of"/> is safe on its own (see
/// <see cref="SmallCellSuppression"/>). A reader holding two tables of overlapping populations is not bound by that
/// guarantee: the table of an operation and again after one arrest is removed may differ in which cells are hidden
/// (the complementary cell moves, or a count crosses the threshold), and the difference pins a "fewer than N" cell;
/// so may the tables of two operations and of their union. This is the differencing problem of statistical
/// disclosure control (Wooton and Fraser, ABS Research Paper 1352.0.55.072, 2005).
/// </para>
/// <para>
/// <b>The protection.</b> Of the remedies that review describes, this is the protection of the building blocks: every
/// table published through a ledger is either of a block disjoint from every block published before (protected by
/// suppression alone), or of a union of published blocks, computed cell by cell from their published tables (a cell
/// shown in every block is shown as the sum, any other cell is withheld, totals are added). A union table is thus a
/// function of what was already public and discloses nothing new. A population that overlaps published blocks without
/// being a union of them — a revision of an operation, a subset, a partial overlap — is refused with
/// <see cref="InvalidOperationException"/>: no table of it can be published without becoming a second, differenceable
/// view of the same arrests. Republishing a block returns its first table, whatever has changed in the records since.
/// </para>
/// <para>
/// A builder, not thread-safe: use one ledger per series of publications, from one thread at a time. Arrests are
/// known by their ids (and, for operations, by operation and arrest id), so the ids must identify arrests across every
/// publication made through the ledger.
/// </para>
/// </remarks>
[Mutable]
public sealed class ReleaseLedger
{
    private readonly List<Block> blocks = [];

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="threshold">The suppression threshold of every table it publishes (default 3).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1.</exception>
    public ReleaseLedger(int threshold = SmallCellSuppression.DefaultThreshold) => Threshold = SmallCellSuppression.CheckThreshold(threshold);

    /// <summary>The suppression threshold of every table published through the ledger.</summary>
    public int Threshold { get; }

    /// <summary>How many disjoint blocks have been published.</summary>
    public int Blocks => blocks.Count;

    /// <summary>The public breakdown of arrests known by their ids: a new block, or a union of published blocks.</summary>
    /// <param name="arrests">The arrests, each id once.</param>
    /// <returns>The breakdown to publish.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">An arrest id appears twice.</exception>
    /// <exception cref="InvalidOperationException">The arrests overlap published blocks without being exactly a union of them.</exception>
    public PublicArrestBreakdown Publish(IEnumerable<Arrest> arrests)
    {
        Arrest[] all = [.. Preconditions.CheckNotNull(arrests)];
        return Publish(all, [.. all.Select((a, i) => (a ?? throw new ArgumentNullException(nameof(arrests), $"arrests[{i}] is null.")).Id.Value)]);
    }

    /// <summary>The public breakdown of the arrests of operations (known by operation and arrest id): a new block, or a union of published blocks, such as a dashboard of operations each published before.</summary>
    /// <param name="operations">The operations.</param>
    /// <returns>The breakdown to publish.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">An operation appears twice.</exception>
    /// <exception cref="InvalidOperationException">The arrests overlap published blocks without being exactly a union of them.</exception>
    public PublicArrestBreakdown Publish(IEnumerable<Operation> operations)
    {
        Operation[] all = [.. Preconditions.CheckNotNull(operations)];
        var arrests = new List<Arrest>();
        var keys = new List<string>();
        for (int i = 0; i < all.Length; i++)
        {
            Operation operation = all[i] ?? throw new ArgumentNullException(nameof(operations), $"operations[{i}] is null.");
            foreach (Arrest arrest in operation.Arrests)
            {
                arrests.Add(arrest);
                keys.Add(operation.Id.Value + "\0" + arrest.Id.Value);
            }
        }
        return Publish([.. arrests], [.. keys]);
    }

    private PublicArrestBreakdown Publish(Arrest[] arrests, string[] keys)
    {
        var population = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            Preconditions.CheckArgument(population.Add(keys[i]), "arrests", $"arrests[{i}] repeats an arrest already given; each arrest may be published once per table.");
        }
        List<Block> touched = [.. blocks.Where(b => b.Arrests.Overlaps(population))];
        if (touched.Count == 0)
        {
            PublicArrestBreakdown published = PublicArrestBreakdown.Of(arrests, Threshold);
            if (population.Count > 0)
            {
                blocks.Add(new Block(population, published));
            }
            return published;
        }
        // Published blocks are disjoint, so they cover the population exactly when their sizes add up to it and each lies inside it.
        if (touched.Sum(b => b.Arrests.Count) == population.Count && touched.All(b => b.Arrests.IsSubsetOf(population)))
        {
            return touched.Count == 1 ? touched[0].Published : PublicArrestBreakdown.Combine([.. touched.Select(b => b.Published)]);
        }
        throw new InvalidOperationException(
            "These arrests overlap arrests published before without being exactly a union of earlier publications: a table of them could be differenced against the earlier tables to recover suppressed counts. Publish disjoint blocks (each operation, say), then unions of them.");
    }

    private sealed record Block(HashSet<string> Arrests, PublicArrestBreakdown Published);
}
