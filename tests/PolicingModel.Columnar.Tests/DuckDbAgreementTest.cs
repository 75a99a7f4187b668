using System.Globalization;
using CsCheck;
using DuckDB.NET.Data;
using PolicingModel.Aggregation;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Columnar.Tests;

/// <summary>
/// DuckDB, in process, reads the Parquet that <see cref="ArrestParquet"/> writes (and the JSON Lines the core library
/// writes), and its <c>GROUP BY</c> agrees with the library's <see cref="ArrestBreakdown"/> cell for cell, on random
/// arrests (unknown and ranged ages, absent home areas, every outcome kind) and random sets of dimensions.
/// </summary>
public sealed class DuckDbAgreementTest : IDisposable
{
    private static readonly (string Column, ArrestDimension Dimension)[] Columns =
    [
        ("offence_group", ArrestDimension.OffenceGroup),
        ("age_band", ArrestDimension.AgeBand),
        ("sex", ArrestDimension.Sex),
        ("ethnicity_group", ArrestDimension.EthnicityGroup),
        ("officer_defined_ethnicity_group", ArrestDimension.OfficerDefinedEthnicityGroup),
        ("home_area", ArrestDimension.HomeArea),
        ("force", ArrestDimension.Force),
        ("outcome", ArrestDimension.Outcome),
    ];

    private static readonly Gen<ArrestDimension> Dimensions = Gen.Int[0, 255].Select(bits =>
    {
        var dimensions = (ArrestDimension)bits;
        const ArrestDimension both = ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup;
        return (dimensions & both) == both ? dimensions & ~ArrestDimension.OfficerDefinedEthnicityGroup : dimensions;
    });

    private readonly string directory = Directory.CreateTempSubdirectory("policingmodel-columnar-").FullName;
    private readonly DuckDBConnection duckDb = new("DataSource=:memory:");

    public DuckDbAgreementTest() => duckDb.Open();

    public void Dispose()
    {
        duckDb.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void DuckDB_group_by_over_the_written_parquet_agrees_with_the_breakdown_cell_for_cell()
    {
        int file = 0;
        Gen.Select(ModelGenerators.Arrest.Array[0, 120], Dimensions, Gen.Int[1, 50]).Sample((arrests, dimensions, rowGroup) =>
        {
            string path = Path.Combine(directory, $"arrests-{file++}.parquet");
            using (var stream = File.Create(path))
            {
                ArrestParquet.WriteAsync(stream, arrests, rowGroup).GetAwaiter().GetResult().Should().Be(arrests.Length);
            }
            GroupBy($"read_parquet('{path}')", dimensions).Should().BeEquivalentTo(Cells(ArrestBreakdown.Of(arrests, dimensions)));
        }, iter: 150, threads: 1);
    }

    [Fact]
    public async Task Every_column_holds_the_contract_codes()
    {
        Arrest[] arrests = ModelGenerators.Arrest.Array[60].Single();
        string path = Path.Combine(directory, "columns.parquet");
        await using (var stream = File.Create(path))
        {
            await ArrestParquet.WriteAsync(stream, arrests, cancellationToken: TestContext.Current.CancellationToken);
        }
        var rows = Query($"SELECT epoch_us(arrested_at), arrest_year, force, offence, offence_count, age_min, age_max, sex, self_defined_ethnicity, officer_defined_ethnicity, home_borough, home_force_area FROM read_parquet('{path}')");
        rows.Should().HaveCount(arrests.Length);
        for (int i = 0; i < arrests.Length; i++)
        {
            Arrest a = arrests[i];
            object?[] row = rows[i];
            // Parquet keeps microseconds: the instant to within one (however the sub-microsecond part was rounded).
            ((long)row[0]!).Should().BeCloseTo(a.ArrestedAt.ToUnixTimeTicks() / 10, 1);
            row[1].Should().Be(a.ArrestedAt.InUtc().Year);
            row[2].Should().Be(WireCodes.ToCode(a.Force));
            row[3].Should().Be(a.PrincipalOffence.Offence.Code);
            row[4].Should().Be(a.Offences.Length);
            row[5].Should().Be(a.Person.Age.MinYears);
            row[6].Should().Be(a.Person.Age.MaxYearsInclusive);
            row[7].Should().Be(WireCodes.ToCode(a.Person.Sex));
            row[8].Should().Be(WireCodes.ToCode(a.Person.SelfDefinedEthnicity));
            row[9].Should().Be(WireCodes.ToCode(a.Person.OfficerDefinedEthnicity));
            row[10].Should().Be(a.Person.HomeArea?.Borough is { } b ? WireCodes.ToCode(b) : null);
            row[11].Should().Be(a.Person.HomeArea is { } h ? WireCodes.ToCode(h.Force) : null);
        }
    }

    [Fact]
    public async Task Partitions_by_force_and_year_read_back_by_DuckDB_merge_into_the_breakdown_of_the_whole()
    {
        const ArrestDimension By = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup;
        Arrest[] arrests = ModelGenerators.Arrest.Array[300].Single();
        ArrestBreakdown merged = ArrestBreakdown.Empty(By);
        foreach (var partition in arrests.GroupBy(a => (Force: WireCodes.ToCode(a.Force), a.ArrestedAt.InUtc().Year)))
        {
            string folder = Path.Combine(directory, "partitioned", $"force={partition.Key.Force}", $"arrest_year={partition.Key.Year}");
            Directory.CreateDirectory(folder);
            await using (var stream = File.Create(Path.Combine(folder, "arrests.parquet")))
            {
                await ArrestParquet.WriteAsync(stream, partition, cancellationToken: TestContext.Current.CancellationToken);
            }
            // Each partition broken down on its own (as a worker of a distributed engine would), then merged.
            merged = merged.Merge(ArrestBreakdown.Of(partition, By));
        }
        var whole = ArrestBreakdown.Of(arrests, By);

        merged.Should().Be(whole);
        GroupBy($"read_parquet('{Path.Combine(directory, "partitioned")}/*/*/*.parquet')", By).Should().BeEquivalentTo(Cells(whole));
    }

    [Fact]
    public async Task DuckDB_over_the_library_json_lines_agrees_with_the_breakdown()
    {
        Arrest[] arrests = ModelGenerators.Arrest.Array[200].Single();
        string path = Path.Combine(directory, "arrests.jsonl");
        await using (var stream = File.Create(path))
        {
            await PolicingJson.WriteJsonLinesAsync(stream, Async(arrests), TestContext.Current.CancellationToken);
        }
        Execute("CREATE TABLE offence_groups AS SELECT * FROM (VALUES " + string.Join(",", Offences.All.Select(o => $"('{o.Code}','{WireCodes.ToCode(o.Group)}')")) + ") t(offence, grp)");
        Execute("CREATE TABLE ethnicity_groups AS SELECT * FROM (VALUES " + string.Join(",", Enum.GetValues<SelfDefinedEthnicity>().Select(e => $"('{WireCodes.ToCode(e)}','{WireCodes.ToCode(EthnicityGroups.Of(e))}')")) + ") t(code, grp)");
        Execute("CREATE TABLE age_bands AS SELECT * FROM (VALUES " + string.Join(",", Enumerable.Range(0, Age.MaxYears + 1).Select(y => $"({y},'{WireCodes.ToCode(AgeBands.Of(Age.Exactly(y)))}')")) + ") t(years, band)");
        string source = $"""
            (SELECT o.grp AS offence_group, CASE WHEN lo.band = hi.band THEN lo.band ELSE 'unknown' END AS age_band, e.grp AS ethnicity_group
             FROM read_json('{path}', format = 'newline_delimited', columns = {"{"}person: 'STRUCT(age STRUCT(min INTEGER, max INTEGER), selfDefinedEthnicity VARCHAR)', offences: 'STRUCT(offence VARCHAR)[]'{"}"}) a
             JOIN offence_groups o ON o.offence = a.offences[1].offence
             JOIN age_bands lo ON lo.years = a.person.age.min
             JOIN age_bands hi ON hi.years = a.person.age.max
             JOIN ethnicity_groups e ON e.code = a.person.selfDefinedEthnicity)
            """;
        const ArrestDimension By = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup;

        GroupBy(source, By).Should().BeEquivalentTo(Cells(ArrestBreakdown.Of(arrests, By)));
    }

    [Fact]
    public async Task No_arrests_make_a_file_of_no_rows_and_bad_arguments_are_refused()
    {
        string path = Path.Combine(directory, "empty.parquet");
        await using (var stream = File.Create(path))
        {
            (await ArrestParquet.WriteAsync(stream, Array.Empty<Arrest>(), cancellationToken: TestContext.Current.CancellationToken)).Should().Be(0);
        }
        Query($"SELECT count(*) FROM read_parquet('{path}')")[0][0].Should().Be(0L);
        await FluentActions.Awaiting(() => ArrestParquet.WriteAsync(new MemoryStream(), Array.Empty<Arrest>(), rowGroupSize: 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => ArrestParquet.WriteAsync(new MemoryStream(), new Arrest[] { null! })).Should().ThrowAsync<ArgumentNullException>();
    }

    // DuckDB's GROUP BY over the columns of the dimensions, as "code|code|…" → count.
    private Dictionary<string, long> GroupBy(string source, ArrestDimension dimensions)
    {
        string[] columns = [.. Columns.Where(c => (dimensions & c.Dimension) != 0).Select(c => c.Column)];
        string select = columns.Length == 0 ? "count(*)" : string.Join(", ", columns) + ", count(*)";
        string group = columns.Length == 0 ? "" : " GROUP BY ALL";
        return Query($"SELECT {select} FROM {source}{group}")
            .Where(row => (long)row[^1]! > 0)
            .ToDictionary(row => string.Join("|", row[..^1]), row => (long)row[^1]!);
    }

    // The library's cells in the same form, with the codes worked out here from the key (not by the package).
    private static Dictionary<string, long> Cells(ArrestBreakdown breakdown) =>
        breakdown.Cells.ToDictionary(cell => string.Join("|", Columns.Where(c => (breakdown.Dimensions & c.Dimension) != 0).Select(c => Code(cell.Key, c.Dimension))), cell => cell.Count);

    private static string Code(ArrestBreakdownKey key, ArrestDimension dimension) => dimension switch
    {
        ArrestDimension.OffenceGroup => WireCodes.ToCode(key.OffenceGroup!.Value),
        ArrestDimension.AgeBand => WireCodes.ToCode(key.AgeBand!.Value),
        ArrestDimension.Sex => WireCodes.ToCode(key.Sex!.Value),
        ArrestDimension.EthnicityGroup => WireCodes.ToCode(key.EthnicityGroup!.Value),
        ArrestDimension.OfficerDefinedEthnicityGroup => WireCodes.ToCode(key.OfficerDefinedEthnicityGroup!.Value),
        ArrestDimension.HomeArea => key.HomeArea!.Value switch
        {
            { Borough: { } b } => "borough:" + WireCodes.ToCode(b),
            { ForceArea: { } f } => "force:" + WireCodes.ToCode(f),
            _ => "unknown",
        },
        ArrestDimension.Force => WireCodes.ToCode(key.Force!.Value),
        _ => WireCodes.ToCode(key.Outcome!.Value),
    };

    private static async IAsyncEnumerable<Arrest> Async(Arrest[] arrests)
    {
        foreach (Arrest arrest in arrests)
        {
            yield return arrest;
        }
        await Task.CompletedTask;
    }

    private List<object?[]> Query(string sql)
    {
        using var command = duckDb.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    private void Execute(string sql)
    {
        using var command = duckDb.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
