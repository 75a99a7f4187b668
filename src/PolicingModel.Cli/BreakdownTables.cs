using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicingModel.Aggregation;
using PolicingModel.Privacy;
using PolicingModel.Reference;

namespace PolicingModel.Cli;

/// <summary>Prints a breakdown as a text table, CSV or JSON: one row per non-empty cell in key order, the values as wire codes.</summary>
internal static class BreakdownTables
{
    internal static void Write(ArrestBreakdown breakdown, string format, TextWriter output)
    {
        var columns = BreakdownColumns.Of(breakdown.Dimensions);
        string[][] rows = [.. breakdown.Cells.Select(cell => (string[])[.. columns.Select(c => BreakdownColumns.ValueOf(cell.Key, c.Dimension)), Number(cell.Count)])];
        string[] header = [.. columns.Select(c => c.Column), "arrests"];
        switch (format)
        {
            case "csv":
                output.WriteLine(string.Join(',', header));
                foreach (string[] row in rows)
                {
                    output.WriteLine(string.Join(',', row));
                }
                break;
            case "json":
                WriteJson(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("dimensions");
                    foreach (var column in columns)
                    {
                        writer.WriteStringValue(column.Name);
                    }
                    writer.WriteEndArray();
                    writer.WriteNumber("total", breakdown.TotalCount);
                    writer.WriteStartArray("cells");
                    foreach (ArrestBreakdownCell cell in breakdown.Cells)
                    {
                        writer.WriteStartObject();
                        foreach (var column in columns)
                        {
                            writer.WriteString(column.Column, BreakdownColumns.ValueOf(cell.Key, column.Dimension));
                        }
                        writer.WriteNumber("arrests", cell.Count);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                break;
            default:
                WriteText(output, header, [.. rows, [.. columns.Select((_, i) => i == 0 ? "total" : ""), Number(breakdown.TotalCount)]]);
                break;
        }
    }

    /// <summary>
    /// The published form: a one-way table per dimension, every category of its code list listed, with
    /// <see cref="SmallCellSuppression"/> (threshold 3) applied to each. The cross-classified cells are not printed:
    /// the rule's guarantee holds only for one-way tables that share their total (see its remarks), so suppressing
    /// the cells of a cross-table one by one would not protect anyone.
    /// </summary>
    internal static void WriteSuppressed(ArrestBreakdown breakdown, string format, TextWriter output, TextWriter error)
    {
        var columns = BreakdownColumns.Of(breakdown.Dimensions);
        if (columns.Length > 1)
        {
            error.WriteLine("breakdown: --suppress prints one-way tables only: small-cell suppression protects one-way tables that share a total, not a cross-classification.");
        }
        var tables = columns.Select(c => (c.Name, c.Column, Rows: Suppressed(breakdown, c.Dimension))).ToArray();
        switch (format)
        {
            case "csv":
                output.WriteLine("dimension,category,arrests");
                foreach (var table in tables)
                {
                    foreach ((string category, PublicCount count) in table.Rows)
                    {
                        output.WriteLine($"{table.Name},{category},{count}");
                    }
                }
                output.WriteLine($"total,,{Number(breakdown.TotalCount)}");
                break;
            case "json":
                WriteJson(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("total", breakdown.TotalCount);
                    writer.WriteNumber("threshold", SmallCellSuppression.DefaultThreshold);
                    writer.WriteStartObject("tables");
                    foreach (var table in tables)
                    {
                        writer.WriteStartObject(table.Name);
                        foreach ((string category, PublicCount count) in table.Rows)
                        {
                            if (count.Value is { } shown)
                            {
                                writer.WriteNumber(category, shown);
                            }
                            else
                            {
                                writer.WriteString(category, count.ToString());
                            }
                        }
                        writer.WriteEndObject();
                    }
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                });
                break;
            default:
                foreach (var table in tables)
                {
                    WriteText(output, [table.Column, "arrests"], [.. table.Rows.Select(r => (string[])[r.Category, r.Count.ToString()]), ["total", Number(breakdown.TotalCount)]]);
                    output.WriteLine();
                }
                break;
        }
    }

    private static (string Category, PublicCount Count)[] Suppressed(ArrestBreakdown breakdown, ArrestDimension dimension)
    {
        string[] categories = Categories(dimension);
        var counts = new int[categories.Length];
        foreach (ArrestBreakdownCell cell in breakdown.Cells)
        {
            counts[Array.IndexOf(categories, BreakdownColumns.ValueOf(cell.Key, dimension))] += checked((int)cell.Count);
        }
        EquatableArray<PublicCount> published = SmallCellSuppression.Apply(counts);
        return [.. categories.Select((c, i) => (c, published[i]))];
    }

    // Every category of a dimension's code list, in code-list order (zero counts are listed and suppressed too).
    private static string[] Categories(ArrestDimension dimension) => dimension switch
    {
        ArrestDimension.OffenceGroup => [.. WireCodes.AllCodes<OffenceGroup>()],
        ArrestDimension.AgeBand => [.. WireCodes.AllCodes<AgeBand>()],
        ArrestDimension.Sex => [.. WireCodes.AllCodes<Sex>()],
        ArrestDimension.EthnicityGroup or ArrestDimension.OfficerDefinedEthnicityGroup => [.. WireCodes.AllCodes<EthnicityGroup>()],
        ArrestDimension.HomeArea => [.. Enumerable.Range(0, AreaKey.Count).Select(i => BreakdownColumns.ValueOf(ArrestBreakdownKey.Total.WithHomeArea(AreaKey.FromIndex(i)), ArrestDimension.HomeArea))],
        ArrestDimension.Force => [.. WireCodes.AllCodes<PoliceForce>()],
        _ => [.. WireCodes.AllCodes<ArrestOutcomeKind>()],
    };

    private static void WriteText(TextWriter output, string[] header, string[][] rows)
    {
        int[] widths = [.. header.Select((h, i) => Math.Max(h.Length, rows.Length == 0 ? 0 : rows.Max(r => r[i].Length)))];
        var line = new StringBuilder();
        foreach (string[] row in (string[][])[header, .. rows])
        {
            line.Clear();
            for (int i = 0; i < row.Length; i++)
            {
                // Codes left-aligned, the count right-aligned.
                line.Append(i == row.Length - 1 ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i] + 2));
            }
            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
