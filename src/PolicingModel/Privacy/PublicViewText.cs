using System.Globalization;
using System.Text;
using NodaTime.Text;
using PolicingModel.Aggregation;

namespace PolicingModel.Privacy;

/// <summary>
/// Renders public views as plain text for a press office or an open-data page: the operation's headline facts, then
/// one list per table ("Arrests by age band:" ...), each line a category and its published count.
/// </summary>
/// <remarks>
/// Output is culture-invariant, uses "\n" line ends on every platform, and list lines start with an en dash ("– ").
/// Times are local to England and Wales. In the home-area table, areas whose counts are below the threshold (or zero)
/// are gathered into one "All other areas" line; every other table lists every category. The text is made only from
/// the view, which holds no personal data.
/// </remarks>
public static class PublicViewText
{
    private const string Bullet = "– ";
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.Create("dddd d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The whole rendering of an operation's public view.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static string Render(PublicOperationView view)
    {
        Preconditions.CheckNotNull(view);
        var text = new StringBuilder();
        text.Append(view.Name).Append('\n');
        text.Append("Lead force: ").Append(PublicLabels.Of(view.LeadForce)).Append('\n');
        text.Append("Period: ").Append(Period(view.Period)).Append('\n');
        if (view.LinkedEvent is { } linked)
        {
            LocalDate first = EnglandAndWales.DateAt(linked.Span.Start);
            LocalDate last = EnglandAndWales.DateAt(linked.Span.End);
            text.Append("Linked event: ").Append(linked.Name).Append(", ").Append(DatePattern.Format(first));
            if (last != first)
            {
                text.Append(" to ").Append(DatePattern.Format(last));
            }
            text.Append(", ").Append(PublicLabels.Of(linked.Area)).Append('\n');
        }
        text.Append("Warrants executed: ").Append(Hedged(view.WarrantsExecuted)).Append('\n');
        text.Append("Arrests: ").Append(Hedged(view.TotalArrests)).Append('\n');
        text.Append('\n').Append(Render(view.Arrests));
        return text.ToString();
    }

    /// <summary>The rendering of a public arrest breakdown: its total, the five tables, and a note on suppression (just the total when there are no arrests).</summary>
    /// <param name="arrests">The breakdown.</param>
    /// <returns>The text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> is null.</exception>
    public static string Render(PublicArrestBreakdown arrests)
    {
        Preconditions.CheckNotNull(arrests);
        var text = new StringBuilder();
        if (arrests.Total == 0)
        {
            return "Itemised arrests: none\n";
        }
        text.Append("Itemised arrests, broken down below: ").Append(arrests.Total.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Table(text, "age band", arrests.ByAgeBand, PublicLabels.Of);
        Table(text, "sex", arrests.BySex, PublicLabels.Of);
        Table(text, "ethnicity group (self-defined)", arrests.ByEthnicityGroup, PublicLabels.Of);
        AreaTable(text, arrests.ByHomeArea);
        Table(text, "offence group", arrests.ByOffenceGroup, PublicLabels.Of);
        if (arrests.Threshold > 1)
        {
            string n = arrests.Threshold.ToString(CultureInfo.InvariantCulture);
            text.Append('\n').Append($"Counts below {n} are shown as \"fewer than {n}\".");
            if (AnyWithheld(arrests))
            {
                text.Append(" A \"withheld\" count is not shown so that a smaller count cannot be worked out from the total.");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    // "7", "around 20", "at least 1", "between 10 and 15", "an unknown number": digits, with the hedge of a reported figure.
    private static string Hedged(ReportedCount count) => count.Precision switch
    {
        Precision.Range => string.Create(CultureInfo.InvariantCulture, $"between {count.Value} and {count.Upper}"),
        Precision.Unquantified => "an unknown number",
        _ => Reporting.English.Hedged(Reporting.English.CountHedge(count.Precision), count.Value.ToString(CultureInfo.InvariantCulture)),
    };

    private static string Period(Interval period)
    {
        string start = DateTimePattern.Format(EnglandAndWales.LocalAt(period.Start));
        return period.HasEnd ? start + " to " + DateTimePattern.Format(EnglandAndWales.LocalAt(period.End)) : "from " + start;
    }

    private static void Table<TCategory>(StringBuilder text, string title, PublicBreakdown<TCategory> table, Func<TCategory, string> label)
        where TCategory : struct
    {
        text.Append('\n').Append("Arrests by ").Append(title).Append(":\n");
        foreach (PublicCell<TCategory> cell in table.Cells)
        {
            text.Append(Bullet).Append(label(cell.Category)).Append(": ").Append(cell.Count.ToString()).Append('\n');
        }
    }

    private static void AreaTable(StringBuilder text, PublicBreakdown<AreaKey> table)
    {
        text.Append('\n').Append("Arrests by home area:\n");
        bool others = false;
        foreach (PublicCell<AreaKey> cell in table.Cells)
        {
            if (cell.Count.Status == PublicCountStatus.FewerThan || cell.Count.Value == 0)
            {
                others = true;
                continue;
            }
            text.Append(Bullet).Append(PublicLabels.Of(cell.Category)).Append(": ").Append(cell.Count.ToString()).Append('\n');
        }
        if (others)
        {
            string each = table.Threshold > 1 ? "fewer than " + table.Threshold.ToString(CultureInfo.InvariantCulture) + " each" : "0";
            text.Append(Bullet).Append("All other areas: ").Append(each).Append('\n');
        }
    }

    private static bool AnyWithheld(PublicArrestBreakdown arrests) =>
        arrests.ByAgeBand.Cells.Any(c => c.Count.Status == PublicCountStatus.Withheld)
        || arrests.BySex.Cells.Any(c => c.Count.Status == PublicCountStatus.Withheld)
        || arrests.ByEthnicityGroup.Cells.Any(c => c.Count.Status == PublicCountStatus.Withheld)
        || arrests.ByHomeArea.Cells.Any(c => c.Count.Status == PublicCountStatus.Withheld)
        || arrests.ByOffenceGroup.Cells.Any(c => c.Count.Status == PublicCountStatus.Withheld);
}
