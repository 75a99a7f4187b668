using System.Buffers;
using System.Text.Json;
using NodaTime.Text;
using PolicingModel.Aggregation;
using PolicingModel.Privacy;
using PolicingModel.Reference;

namespace PolicingModel.Serialization;

/// <summary>Writes the public views (open data): built only by the library, so written and never read back.</summary>
public static partial class PolicingJson
{
    /// <summary>
    /// Writes the public view of an operation as JSON for open data and dashboards. Categories are stable codes
    /// (<c>"from-18-to-20"</c>, <c>"male"</c>, <c>"black"</c>, <c>"borough:E09000022"</c> (the ONS GSS code), <c>"force:kent"</c>,
    /// <c>"drugs"</c>) with a display <c>"label"</c>; a shown count is <c>"count": 12</c>, a suppressed one
    /// <c>"fewerThan": 3</c>, a withheld one <c>"withheld": true</c>. Nothing personal is in the view, so nothing personal
    /// can be written.
    /// </summary>
    /// <param name="view">The view.</param>
    /// <param name="indented">True for two-space indentation.</param>
    /// <returns>UTF-8 JSON.</returns>
    /// <example>
    /// <code>
    /// byte[] openData = PolicingJson.WritePublicView(PublicOperationView.Of(operation, threshold: 3));
    /// </code>
    /// </example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static byte[] WritePublicView(PublicOperationView view, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Options.Encoder }))
        {
            WritePublicView(writer, view);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the public view of an operation to a caller-supplied writer (not flushed or disposed).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="view">The view.</param>
    public static void WritePublicView(Utf8JsonWriter writer, PublicOperationView view)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        writer.WriteStartObject();
        writer.WriteString("id", view.Id.Value);
        writer.WriteString("name", view.Name);
        writer.WriteString("leadForce", WireCodes.ToCode(view.LeadForce));
        WriteInterval(writer, "period", view.Period);
        if (view.LinkedEvent is { } linked)
        {
            writer.WriteStartObject("linkedEvent");
            writer.WriteString("id", linked.Id.Value);
            writer.WriteString("name", linked.Name);
            WriteInterval(writer, "span", linked.Span);
            writer.WriteString("area", AreaCode(linked.Area));
            writer.WriteEndObject();
        }
        WriteReportedCount(writer, "totalArrests", view.TotalArrests);
        WriteReportedCount(writer, "warrantsExecuted", view.WarrantsExecuted);
        writer.WritePropertyName("arrests");
        WritePublicView(writer, view.Arrests);
        writer.WriteEndObject();
    }

    /// <summary>Writes a public arrest breakdown (the same shape as the <c>"arrests"</c> member of an operation's view).</summary>
    /// <param name="writer">The writer (not flushed or disposed).</param>
    /// <param name="arrests">The breakdown.</param>
    public static void WritePublicView(Utf8JsonWriter writer, PublicArrestBreakdown arrests)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(arrests);
        writer.WriteStartObject();
        writer.WriteNumber("threshold", arrests.Threshold);
        writer.WriteNumber("total", arrests.Total);
        WriteTable(writer, "byAgeBand", arrests.ByAgeBand, WireCodes.ToCode, PublicLabels.Of);
        WriteTable(writer, "bySex", arrests.BySex, WireCodes.ToCode, PublicLabels.Of);
        WriteTable(writer, "byEthnicityGroup", arrests.ByEthnicityGroup, WireCodes.ToCode, PublicLabels.Of);
        WriteTable(writer, "byHomeArea", arrests.ByHomeArea, AreaCode, PublicLabels.Of);
        WriteTable(writer, "byOffenceGroup", arrests.ByOffenceGroup, WireCodes.ToCode, PublicLabels.Of);
        writer.WriteEndObject();
    }

    private static void WriteTable<TCategory>(Utf8JsonWriter writer, string name, PublicBreakdown<TCategory> table, Func<TCategory, string> code, Func<TCategory, string> label)
        where TCategory : struct
    {
        writer.WriteStartArray(name);
        foreach (PublicCell<TCategory> cell in table.Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("category", code(cell.Category));
            writer.WriteString("label", label(cell.Category));
            switch (cell.Count.Status)
            {
                case PublicCountStatus.Shown:
                    writer.WriteNumber("count", cell.Count.Value!.Value);
                    break;
                case PublicCountStatus.FewerThan:
                    writer.WriteNumber("fewerThan", cell.Count.Threshold!.Value);
                    break;
                default:
                    writer.WriteBoolean("withheld", true);
                    break;
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static string AreaCode(AreaKey area) =>
        area.Borough is { } borough ? "borough:" + WireCodes.ToCode(borough)
        : area.ForceArea is { } force ? "force:" + WireCodes.ToCode(force)
        : "unknown";

    private static void WriteInterval(Utf8JsonWriter writer, string name, Interval interval)
    {
        writer.WriteStartObject(name);
        if (interval.HasStart)
        {
            writer.WriteString("start", InstantPattern.ExtendedIso.Format(interval.Start));
        }
        if (interval.HasEnd)
        {
            writer.WriteString("end", InstantPattern.ExtendedIso.Format(interval.End));
        }
        writer.WriteEndObject();
    }

    private static void WriteReportedCount(Utf8JsonWriter writer, string name, ReportedCount count)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value", count.Value);
        writer.WriteString("precision", WireCodes.ToCode(count.Precision));
        if (count.Upper is { } upper)
        {
            writer.WriteNumber("upper", upper);
        }
        writer.WriteEndObject();
    }
}
