using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Privacy;

/// <summary>
/// Arrests as a public view shows them: their number, and one-way tables by age band, sex, self-defined ethnicity
/// group, home area (London borough or police force area) and the offence group of the principal offence, each with
/// small-cell suppression. Nothing else about the people arrested is kept. Built by <see cref="Of"/> from any arrests:
/// one operation's, or many operations' for a dashboard.
/// </summary>
/// <remarks>
/// <para>
/// Value equality over all members. Every table lists every category of its dimension, zero counts included, in this
/// order: age bands from under 10 to 50 and over, then unknown; male, female, then unknown; White, Mixed, Asian,
/// Black, Other, then not stated; the 33 London boroughs in <see cref="LondonBorough"/> order, the police force areas
/// in <see cref="PoliceForce"/> order, then unknown; the offence groups in <see cref="OffenceGroup"/> order.
/// </para>
/// <para>
/// The tables share only their total, and the suppression rule (<see cref="SmallCellSuppression"/>) guarantees that no
/// count between 1 and N − 1 can be worked out from the published tables. No cross-classification is published, on
/// purpose: see <see cref="SmallCellSuppression"/> for why.
/// </para>
/// </remarks>
public sealed record PublicArrestBreakdown
{
    private static readonly AgeBand[] AgeBandOrder = [.. Enum.GetValues<AgeBand>().Where(b => b != AgeBand.Unknown), AgeBand.Unknown];
    private static readonly Sex[] SexOrder = [.. Enum.GetValues<Sex>().Where(s => s != Sex.Unknown), Sex.Unknown];
    private static readonly EthnicityGroup[] EthnicityOrder = [.. Enum.GetValues<EthnicityGroup>().Where(g => g != EthnicityGroup.NotStated), EthnicityGroup.NotStated];
    private static readonly AreaKey[] AreaOrder = [.. Enumerable.Range(1, AreaKey.Count - 1).Select(AreaKey.FromIndex), AreaKey.Unknown];
    private static readonly OffenceGroup[] OffenceGroupOrder = Enum.GetValues<OffenceGroup>();

    internal PublicArrestBreakdown(
        int threshold,
        int total,
        PublicBreakdown<AgeBand> byAgeBand,
        PublicBreakdown<Sex> bySex,
        PublicBreakdown<EthnicityGroup> byEthnicityGroup,
        PublicBreakdown<AreaKey> byHomeArea,
        PublicBreakdown<OffenceGroup> byOffenceGroup)
    {
        Threshold = threshold;
        Total = total;
        ByAgeBand = byAgeBand;
        BySex = bySex;
        ByEthnicityGroup = byEthnicityGroup;
        ByHomeArea = byHomeArea;
        ByOffenceGroup = byOffenceGroup;
    }

    /// <summary>The suppression threshold N: counts below it are shown as "fewer than N".</summary>
    public int Threshold { get; }

    /// <summary>The number of arrests, exact.</summary>
    public int Total { get; }

    /// <summary>Arrests by Home Office age band (<see cref="AgeBands.Of"/>).</summary>
    public PublicBreakdown<AgeBand> ByAgeBand { get; }

    /// <summary>Arrests by sex.</summary>
    public PublicBreakdown<Sex> BySex { get; }

    /// <summary>Arrests by the five-group rollup of self-defined ethnicity (<see cref="EthnicityGroups.Of(SelfDefinedEthnicity)"/>), the basis of published statistics.</summary>
    public PublicBreakdown<EthnicityGroup> ByEthnicityGroup { get; }

    /// <summary>Arrests by home area: the London borough where known, else the police force area (<see cref="AreaKey.Of(Place)"/>); never a locality or an address.</summary>
    public PublicBreakdown<AreaKey> ByHomeArea { get; }

    /// <summary>Arrests by the offence group of the principal offence (<see cref="Arrest.PrincipalOffence"/>).</summary>
    public PublicBreakdown<OffenceGroup> ByOffenceGroup { get; }

    /// <summary>The public breakdown of <paramref name="arrests"/>.</summary>
    /// <param name="arrests">The arrests: one operation's, or any collection across operations.</param>
    /// <param name="threshold">N: counts below it are shown as "fewer than N". At least 1 (1 suppresses nothing); 3 by default.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1.</exception>
    /// <remarks>
    /// Immediate: enumerates <paramref name="arrests"/> once (copying it unless it is an array or an
    /// <see cref="EquatableArray{T}"/>), then counts each dimension with an <see cref="ArrestBreakdownAccumulator"/>.
    /// Reads age, sex, self-defined ethnicity, home area and principal offence only; never
    /// <see cref="ArrestedPerson.Identifiers"/>.
    /// </remarks>
    public static PublicArrestBreakdown Of(IEnumerable<Arrest> arrests, int threshold = SmallCellSuppression.DefaultThreshold)
    {
        Preconditions.CheckNotNull(arrests);
        SmallCellSuppression.CheckThreshold(threshold);
        ReadOnlySpan<Arrest> all = arrests switch
        {
            Arrest[] array => array,
            EquatableArray<Arrest> equatable => equatable.AsSpan(),
            _ => arrests.ToArray(),
        };
        return new PublicArrestBreakdown(
            threshold,
            all.Length,
            Table(all, ArrestDimension.AgeBand, AgeBandOrder, key => key.AgeBand!.Value, threshold),
            Table(all, ArrestDimension.Sex, SexOrder, key => key.Sex!.Value, threshold),
            Table(all, ArrestDimension.EthnicityGroup, EthnicityOrder, key => key.EthnicityGroup!.Value, threshold),
            Table(all, ArrestDimension.HomeArea, AreaOrder, key => key.HomeArea!.Value, threshold),
            Table(all, ArrestDimension.OffenceGroup, OffenceGroupOrder, key => key.OffenceGroup!.Value, threshold));
    }

    // The table of a union of disjoint published populations, from their published tables alone: a count shown in
    // every part is shown as the sum, any other count is withheld, totals are added (ReleaseLedger).
    internal static PublicArrestBreakdown Combine(PublicArrestBreakdown[] parts)
    {
        int total = checked(parts.Sum(p => p.Total));
        return new PublicArrestBreakdown(
            parts[0].Threshold,
            total,
            Combine(parts.Select(p => p.ByAgeBand), total),
            Combine(parts.Select(p => p.BySex), total),
            Combine(parts.Select(p => p.ByEthnicityGroup), total),
            Combine(parts.Select(p => p.ByHomeArea), total),
            Combine(parts.Select(p => p.ByOffenceGroup), total));
    }

    internal static EquatableArray<PublicCount> CombineCounts(IReadOnlyList<EquatableArray<PublicCount>> parts)
    {
        var combined = new PublicCount[parts[0].Length];
        for (int i = 0; i < combined.Length; i++)
        {
            long sum = 0;
            bool shown = true;
            foreach (EquatableArray<PublicCount> part in parts)
            {
                shown &= part[i].Value is not null;
                sum += part[i].Value ?? 0;
            }
            combined[i] = shown ? PublicCount.Shown(checked((int)sum)) : PublicCount.Withheld;
        }
        return EquatableArray.Create<PublicCount>(combined);
    }

    private static PublicBreakdown<TCategory> Combine<TCategory>(IEnumerable<PublicBreakdown<TCategory>> tables, int total)
        where TCategory : struct
    {
        PublicBreakdown<TCategory>[] all = [.. tables];
        EquatableArray<PublicCount> counts = CombineCounts([.. all.Select(t => t.Cells.Select(c => c.Count).ToEquatableArray())]);
        var cells = new PublicCell<TCategory>[counts.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = new PublicCell<TCategory>(all[0].Cells[i].Category, counts[i]);
        }
        return new PublicBreakdown<TCategory>(all[0].Dimension, all[0].Threshold, total, EquatableArray.Create<PublicCell<TCategory>>(cells));
    }

    private static PublicBreakdown<TCategory> Table<TCategory>(
        ReadOnlySpan<Arrest> arrests, ArrestDimension dimension, TCategory[] order, Func<ArrestBreakdownKey, TCategory> categoryOf, int threshold)
        where TCategory : struct
    {
        var accumulator = new ArrestBreakdownAccumulator(dimension);
        accumulator.AddRange(arrests);
        int[] counts = new int[order.Length];
        foreach (ArrestBreakdownCell cell in accumulator.ToBreakdown().Cells)
        {
            counts[Array.IndexOf(order, categoryOf(cell.Key))] = checked((int)cell.Count);
        }
        EquatableArray<PublicCount> published = SmallCellSuppression.Apply(counts, threshold);
        var cells = new PublicCell<TCategory>[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            cells[i] = new PublicCell<TCategory>(order[i], published[i]);
        }
        return new PublicBreakdown<TCategory>(dimension, threshold, arrests.Length, EquatableArray.Create<PublicCell<TCategory>>(cells));
    }
}
