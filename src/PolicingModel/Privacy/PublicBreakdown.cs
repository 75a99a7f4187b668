using System.Globalization;
using System.Text;
using PolicingModel.Aggregation;

namespace PolicingModel.Privacy;

/// <summary>
/// A one-way public table of arrests by one dimension — age band, sex, ethnicity group, home area or offence group —
/// with small-cell suppression: every category of the code list in a fixed order, zero counts included, and the total.
/// </summary>
/// <remarks>
/// Value equality over all members. Counts below <see cref="Threshold"/> are "fewer than N", and at most one further
/// count is withheld, by the rule of <see cref="SmallCellSuppression"/>; <see cref="Total"/> is always exact.
/// <see cref="ToString"/> is culture-invariant and lists the shown and withheld cells, then how many are "fewer than N".
/// </remarks>
/// <typeparam name="TCategory">The category code type.</typeparam>
public sealed record PublicBreakdown<TCategory>
    where TCategory : struct
{
    internal PublicBreakdown(ArrestDimension dimension, int threshold, int total, EquatableArray<PublicCell<TCategory>> cells)
    {
        Dimension = dimension;
        Threshold = threshold;
        Total = total;
        Cells = cells;
    }

    /// <summary>The dimension the arrests are split by.</summary>
    public ArrestDimension Dimension { get; }

    /// <summary>The suppression threshold N.</summary>
    public int Threshold { get; }

    /// <summary>The number of arrests in the table, exact.</summary>
    public int Total { get; }

    /// <summary>Every category of the dimension, in table order, with its published count.</summary>
    public EquatableArray<PublicCell<TCategory>> Cells { get; }

    /// <summary>The published count of <paramref name="category"/>.</summary>
    /// <param name="category">A category of the table.</param>
    /// <exception cref="ArgumentOutOfRangeException">The category is not in the table (an undefined code).</exception>
    /// <remarks>Immediate; a linear search that does not allocate.</remarks>
    public PublicCount this[TCategory category]
    {
        get
        {
            foreach (PublicCell<TCategory> cell in Cells)
            {
                if (EqualityComparer<TCategory>.Default.Equals(cell.Category, category))
                {
                    return cell.Count;
                }
            }
            throw new ArgumentOutOfRangeException(nameof(category), category, $"{nameof(category)} is not a category of the {Dimension} table.");
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        // Hand-written so that a table of 80 areas prints its few shown cells, not 80 lines of "fewer than 3".
        builder.Append("Dimension = ").Append(Dimension)
            .Append(", Threshold = ").Append(Threshold.ToString(CultureInfo.InvariantCulture))
            .Append(", Total = ").Append(Total.ToString(CultureInfo.InvariantCulture))
            .Append(", Cells = [");
        int fewer = 0;
        bool first = true;
        foreach (PublicCell<TCategory> cell in Cells)
        {
            if (cell.Count.Status == PublicCountStatus.FewerThan)
            {
                fewer++;
                continue;
            }
            builder.Append(first ? "" : ", ").Append(cell.Category.ToString()).Append(" = ").Append(cell.Count.ToString());
            first = false;
        }
        if (fewer > 0)
        {
            builder.Append(first ? "" : ", ")
                .Append(fewer.ToString(CultureInfo.InvariantCulture)).Append(first ? " categories" : " others").Append(" fewer than ")
                .Append(Threshold.ToString(CultureInfo.InvariantCulture));
        }
        builder.Append(']');
        return true;
    }
}
