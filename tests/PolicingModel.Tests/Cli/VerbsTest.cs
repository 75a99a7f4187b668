using PolicingModel.Cli;
using PolicingModel.Reporting;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Cli;

/// <summary>The CLI verbs, run in-process against writers; files are the committed samples or temporary copies.</summary>
public sealed class VerbsTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("policingmodel-cli-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = Verbs.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string json)
    {
        string path = Path.Combine(scratch, name);
        File.WriteAllText(path, json);
        return path;
    }

    public static TheoryData<string> Samples => new(SampleDocuments.All.Select(s => s.File));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Validate_accepts_each_sample_with_exit_code_0(string file)
    {
        (int code, string output, string error) = Run("validate", SampleDocuments.PathOf(file));
        code.Should().Be(0, output);
        output.Should().Contain(": valid: 0 error(s), ").And.Contain(" in 1 operation(s) and ");
        error.Should().BeEmpty();
    }

    [Fact]
    public void Validate_lists_every_problem_with_path_and_code_and_exits_1()
    {
        Operation operation = SampleDocuments.All[0].Operation;
        Arrest first = operation.Arrests[0];
        Arrest strayed = new(first.Id, first.ArrestedAt, first.Person, first.Offences, first.Force, first.Outcome, first.Location, new WarrantId("no-such-warrant"), first.Custody);
        PolicingDocument document = PolicingDocument.Create([WithArrests(operation, [strayed, .. operation.Arrests.AsSpan()[1..]])], [strayed, strayed]);
        string path = Write("invalid.json", PolicingJson.WriteToString(document));

        (int code, string output, _) = Run("validate", path);

        code.Should().Be(1);
        output.Should().Contain("PM1020 error at /operations/0/arrests/0/warrant: ");
        output.Should().Contain("PM1002 error at /arrests/1/id: ");
        output.Should().Contain(": invalid: 2 error(s), ");
    }

    [Fact]
    public void Validate_reports_malformed_json_with_its_path_and_exits_1()
    {
        string json = File.ReadAllText(SampleDocuments.PathOf(SampleDocuments.All[0].File)).Replace("\"arrestedAt\"", "\"arrestedOn\"", StringComparison.Ordinal);
        (int code, string output, _) = Run("validate", Write("malformed.json", json));
        code.Should().Be(1);
        output.Should().StartWith("json/unknown-member error at /operations/0/arrests/0/arrestedOn: unknown member 'arrestedOn'");
    }

    [Fact]
    public void Validate_reports_broken_syntax_and_exits_1()
    {
        (int code, string output, _) = Run("validate", Write("broken.json", "{\"schemaVersion\": \"1.0.0\", \"operations\": ["));
        code.Should().Be(1);
        output.Should().StartWith("json/syntax error");
    }

    [Fact]
    public void A_missing_file_is_reported_on_the_error_writer_with_exit_code_1()
    {
        (int code, _, string error) = Run("validate", Path.Combine(scratch, "absent.json"));
        code.Should().Be(1);
        error.Should().StartWith("cannot read ");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Summarize_prints_the_press_release_rendering(string file)
    {
        Operation operation = SampleDocuments.All.Single(s => s.File == file).Operation;
        (int code, string output, _) = Run("summarize", SampleDocuments.PathOf(file));
        code.Should().Be(0);
        output.Should().Be(PressReleaseRenderer.Render(operation));
    }

    [Fact]
    public void Summarize_renders_arrests_outside_an_operation_after_the_operations()
    {
        Operation operation = SampleDocuments.All[0].Operation;
        string path = Write("both.json", PolicingJson.WriteToString(PolicingDocument.Create([operation], [operation.Arrests[0]])));
        (int code, string output, _) = Run("summarize", path);
        code.Should().Be(0);
        output.Should().StartWith(PressReleaseRenderer.Render(operation) + "\nArrests recorded outside an operation:\n– " + English.Capitalise(PressReleaseRenderer.DescribeArrest(operation.Arrests[0])) + ".\n\n");
    }

    [Fact]
    public void Summarize_refuses_a_malformed_document()
    {
        (int code, string output, _) = Run("summarize", Write("null.json", "null"));
        code.Should().Be(1);
        output.Should().StartWith("json/");
    }

    [Fact]
    public void Schema_prints_the_committed_schema()
    {
        (int code, string output, _) = Run("schema");
        code.Should().Be(0);
        output.Should().Be(File.ReadAllText(Path.Combine(Serialization.SchemaTest.RepositoryRoot(), "schema", "policing-model.schema.json")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("schema", "extra")]
    public void Anything_else_prints_usage_with_exit_code_2(params string[] args)
    {
        (int code, string output, string error) = Run(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("usage: ").And.Contain("validate <file>").And.Contain("summarize <file>").And.Contain("schema");
    }

    [Fact]
    public void Demo_still_renders_both_operations()
    {
        (int code, string output, _) = Run("demo");
        code.Should().Be(0);
        output.Should().Contain("South Norwood").And.Contain("Notting Hill Carnival");
    }

    private static Operation WithArrests(Operation o, EquatableArray<Arrest> arrests) => new(
        o.Id, o.Name, o.LeadForce, o.Period, o.LeadUnit, o.Campaign, o.Purpose, o.Focus, o.SupportingUnits, o.PartnerForces, o.LinkedEvent, o.InvestigationStarted,
        o.Warrants, arrests, o.Seizures, o.Safeguarding, o.ReportedTotals, o.Sources);
}
