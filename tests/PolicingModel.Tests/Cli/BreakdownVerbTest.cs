using System.Text.Json;
using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Cli;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Cli;

/// <summary>The <c>breakdown</c> verb, in process, on generated JSON Lines and JSON arrays of arrests.</summary>
public sealed class BreakdownVerbTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("policingmodel-breakdown-").FullName;

    private static readonly Arrest[] Arrests = ArrestGenerators.Arrest.Array[500].Single();

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = Verbs.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string JsonLines(IEnumerable<Arrest> arrests)
    {
        string path = Path.Combine(scratch, "arrests.jsonl");
        File.WriteAllText(path, string.Concat(arrests.Select(a => PolicingJson.WriteToString(a) + "\n")));
        return path;
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Csv_has_one_row_per_non_empty_cell_with_the_counts_of_the_in_memory_breakdown(string threads)
    {
        (int code, string output, string error) = Run("breakdown", JsonLines(Arrests), "--by", "offence-group,age-band,ethnicity", "--format", "csv", "--threads", threads);

        code.Should().Be(0, error);
        string[] lines = output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("offence_group,age_band,ethnicity_group,arrests");
        ArrestBreakdown expected = ArrestBreakdown.Of(Arrests, ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.EthnicityGroup);
        lines.Skip(1).Should().HaveCount(expected.Cells.Length);
        foreach (string line in lines.Skip(1))
        {
            string[] v = line.Split(',');
            ArrestBreakdownKey key = ArrestBreakdownKey.Total.WithOffenceGroup(WireCodes.FromCode<OffenceGroup>(v[0])).WithAgeBand(WireCodes.FromCode<AgeBand>(v[1])).WithEthnicityGroup(WireCodes.FromCode<EthnicityGroup>(v[2]));
            long.Parse(v[3], System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected[key].Count, line);
        }
    }

    [Fact]
    public void Json_and_text_give_the_same_cells_and_a_json_array_file_is_read_too()
    {
        string array = Path.Combine(scratch, "arrests.json");
        File.WriteAllText(array, PolicingJson.WriteToString(EquatableArray.Create(Arrests)));
        (int code, string output, _) = Run("breakdown", array, "--by", "sex,outcome", "--format", "json");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("total").GetInt64().Should().Be(Arrests.Length);
        json.RootElement.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()).Should().Equal("sex", "outcome");
        ArrestBreakdown expected = ArrestBreakdown.Of(Arrests, ArrestDimension.Sex | ArrestDimension.Outcome);
        json.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("arrests").GetInt64()).Should().Equal(expected.Cells.Select(c => c.Count));

        (int textCode, string text, _) = Run("breakdown", JsonLines(Arrests), "--by", "sex,outcome");
        textCode.Should().Be(0);
        string[] rows = text.TrimEnd('\n').Split('\n');
        rows.Should().HaveCount(expected.Cells.Length + 2, "a header, the cells and the total");
        rows[^1].Should().StartWith("total").And.EndWith(Arrests.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Suppress_prints_one_way_tables_with_small_counts_hidden()
    {
        Arrest[] few = [.. Arrests.Take(7)];
        (int code, string output, string error) = Run("breakdown", JsonLines(few), "--by", "age-band,sex", "--format", "csv", "--suppress");

        code.Should().Be(0);
        error.Should().Contain("one-way tables only");
        string[] lines = output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("dimension,category,arrests");
        lines.Count(l => l.StartsWith("age-band,", StringComparison.Ordinal)).Should().Be(WireCodes.AllCodes<AgeBand>().Length, "every band is listed, zeros included");
        lines.Where(l => !l.StartsWith("total", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split(',')[2])
            .Should().OnlyContain(v => v == "fewer than 3" || v == "withheld" || int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) >= 3, "no count below the threshold is shown");
        lines[^1].Should().Be("total,,7");
    }

    [Fact]
    public void A_refused_line_is_reported_with_its_pointer_and_exit_code_1()
    {
        string path = JsonLines(Arrests.Take(5));
        File.AppendAllText(path, "{\"id\":\"x\"}\n");

        (int code, string output, _) = Run("breakdown", path, "--by", "age-band");

        code.Should().Be(1);
        output.Should().StartWith("json/missing-member error at /5/").And.Contain("nothing was counted");
    }

    [Theory]
    [InlineData("--by", "shoe-size")]
    [InlineData("--by", "ethnicity,officer-ethnicity")]
    [InlineData("--format", "xml")]
    [InlineData("--threads", "0")]
    public void Bad_command_lines_exit_2(string option, string value)
    {
        string path = JsonLines(Arrests.Take(1));
        string[] args = option == "--by" ? ["breakdown", path, option, value] : ["breakdown", path, "--by", "sex", option, value];
        Run(args).Code.Should().Be(2);
        Run("breakdown", path).Code.Should().Be(2, "--by is required");
        Run("breakdown", Path.Combine(scratch, "missing.jsonl"), "--by", "sex").Code.Should().Be(1, "a missing file cannot be read");
    }
}
