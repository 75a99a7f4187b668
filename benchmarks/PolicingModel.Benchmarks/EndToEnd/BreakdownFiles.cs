using System.Globalization;
using PolicingModel.Aggregation;
using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Benchmarks.EndToEnd;

/// <summary>
/// The files of the end-to-end comparison: <c>--write-arrests-jsonl n file</c> writes n generated arrests as JSON Lines
/// (a million at a time, so five million never sit in memory together); <c>--check-breakdown file csv dimensions</c>
/// checks the <c>breakdown</c> verb's CSV against the breakdown made in memory by the full reader
/// (<see cref="PolicingJson.ReadJsonLinesAsync{T}"/> and <see cref="ArrestBreakdownAccumulator.Add"/>), cell for cell.
/// </summary>
public static class BreakdownFiles
{
    private const int Part = 1_000_000;

    /// <summary>Writes <paramref name="count"/> arrests of <see cref="ArrestData"/> (seed 20261123, then one more per million) as JSON Lines.</summary>
    /// <param name="count">How many arrests.</param>
    /// <param name="path">The file to write.</param>
    public static async Task WriteAsync(long count, string path)
    {
        await using var file = File.Create(path);
        for (long written = 0, part = 0; written < count; written += Part, part++)
        {
            (Arrest[] arrests, _) = ArrestData.Generate((int)Math.Min(Part, count - written), seed: 20261123 + (int)part, firstId: written);
            await PolicingJson.WriteJsonLinesAsync(file, Async(arrests));
        }
        Console.WriteLine($"{path}: {count:N0} arrests, {file.Length:N0} bytes");
    }

    /// <summary>Compares the verb's CSV (header: the dimensions' columns, then <c>arrests</c>) with the in-memory breakdown; exit code 0 when they agree.</summary>
    /// <param name="path">The JSON Lines file the verb read.</param>
    /// <param name="csvPath">The verb's output.</param>
    /// <param name="dimensionColumns">The CSV's dimension columns in order, as the verb names them (<c>offence_group,age_band,ethnicity_group</c>).</param>
    /// <returns>0 when every cell agrees, 1 otherwise.</returns>
    public static async Task<int> CheckAsync(string path, string csvPath, string dimensionColumns)
    {
        string[] columns = dimensionColumns.Split(',');
        ArrestDimension dimensions = columns.Aggregate(ArrestDimension.None, (d, c) => d | DimensionOf(c));
        var accumulator = new ArrestBreakdownAccumulator(dimensions);
        await using (var file = File.OpenRead(path))
        {
            await foreach (Arrest arrest in PolicingJson.ReadJsonLinesAsync<Arrest>(file))
            {
                accumulator.Add(arrest);
            }
        }
        ArrestBreakdown expected = accumulator.ToBreakdown();
        string[] lines = File.ReadAllLines(csvPath);
        if (lines[0] != string.Join(',', columns.Append("arrests")))
        {
            Console.WriteLine($"unexpected header: {lines[0]}");
            return 1;
        }
        long total = 0;
        foreach (string line in lines.Skip(1))
        {
            string[] values = line.Split(',');
            ArrestBreakdownKey key = ArrestBreakdownKey.Total;
            for (int i = 0; i < columns.Length; i++)
            {
                key = With(key, columns[i], values[i]);
            }
            long count = long.Parse(values[^1], CultureInfo.InvariantCulture);
            if (expected[key].Count != count)
            {
                Console.WriteLine($"cell {line}: the verb says {count}, the in-memory breakdown {expected[key].Count}");
                return 1;
            }
            total += count;
        }
        if (lines.Length - 1 != expected.Cells.Length || total != expected.TotalCount)
        {
            Console.WriteLine($"the verb printed {lines.Length - 1} cells totalling {total}; the in-memory breakdown has {expected.Cells.Length} totalling {expected.TotalCount}");
            return 1;
        }
        Console.WriteLine($"breakdown verb agrees with the in-memory breakdown: {expected.Cells.Length} cells, {expected.TotalCount:N0} arrests");
        return 0;
    }

    private static async IAsyncEnumerable<Arrest> Async(Arrest[] arrests)
    {
        foreach (Arrest arrest in arrests)
        {
            yield return arrest;
        }
        await Task.CompletedTask;
    }

    private static ArrestDimension DimensionOf(string column) => column switch
    {
        "offence_group" => ArrestDimension.OffenceGroup,
        "age_band" => ArrestDimension.AgeBand,
        "sex" => ArrestDimension.Sex,
        "ethnicity_group" => ArrestDimension.EthnicityGroup,
        "officer_defined_ethnicity_group" => ArrestDimension.OfficerDefinedEthnicityGroup,
        "home_area" => ArrestDimension.HomeArea,
        "force" => ArrestDimension.Force,
        "outcome" => ArrestDimension.Outcome,
        _ => throw new ArgumentException($"unknown column {column}", nameof(column)),
    };

    private static ArrestBreakdownKey With(ArrestBreakdownKey key, string column, string code) => column switch
    {
        "offence_group" => key.WithOffenceGroup(WireCodes.FromCode<OffenceGroup>(code)),
        "age_band" => key.WithAgeBand(WireCodes.FromCode<AgeBand>(code)),
        "sex" => key.WithSex(WireCodes.FromCode<Sex>(code)),
        "ethnicity_group" => key.WithEthnicityGroup(WireCodes.FromCode<EthnicityGroup>(code)),
        "officer_defined_ethnicity_group" => key.WithOfficerDefinedEthnicityGroup(WireCodes.FromCode<EthnicityGroup>(code)),
        "home_area" => key.WithHomeArea(code switch
        {
            "unknown" => AreaKey.Unknown,
            _ when code.StartsWith("borough:", StringComparison.Ordinal) => AreaKey.Of(WireCodes.FromCode<LondonBorough>(code["borough:".Length..])),
            _ => AreaKey.Of(WireCodes.FromCode<PoliceForce>(code["force:".Length..])),
        }),
        "force" => key.WithForce(WireCodes.FromCode<PoliceForce>(code)),
        _ => key.WithOutcome(WireCodes.FromCode<ArrestOutcomeKind>(code)),
    };
}
