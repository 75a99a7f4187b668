using System.Text;
using CsCheck;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// The contract held to tools that are not ours: Ajv (draft 2020-12, with formats) validates every document the library
/// writes, and json-schema-faker, knowing only the committed schema, produces documents the library must read — or refuse
/// only for the rules a schema cannot state (<see cref="PolicingJsonErrorKind.InvalidValue"/>: an interval that ends
/// before it starts, a borough place with no borough, an arrest before its custody).
/// </summary>
public sealed class ConformanceTest
{
    private const int LibraryDocuments = 200;
    private const int ForeignDocuments = 300;

    // The counts of each run, printed by .ci/run.
    private static readonly string Summary = Path.Combine(AppContext.BaseDirectory, "conformance-summary.txt");

    [Fact]
    public void Every_document_the_library_writes_is_valid_under_Ajv()
    {
        string folder = TemporaryFolder("library");
        int written = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "samples"), "*.json")
                     .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Serialization", "Fixtures"), "*.json")))
        {
            File.Copy(file, Path.Combine(folder, $"fixture-{written++}.json"));
        }
        Generators.ModelGenerators.Document.Sample(document =>
        {
            File.WriteAllBytes(Path.Combine(folder, $"generated-{Interlocked.Increment(ref written)}.json"), PolicingJson.WriteToUtf8Bytes(document));
        }, iter: LibraryDocuments, threads: 1);

        var result = NodeTools.Run("validate.mjs", NodeTools.SchemaPath, folder);
        result.GetProperty("invalid").GetArrayLength().Should().Be(0, result.GetProperty("invalid").ToString());
        int valid = result.GetProperty("valid").GetInt32();
        valid.Should().Be(written);
        Record("library", $"{valid} library documents valid under Ajv");
    }

    [Fact]
    public void Documents_a_foreign_generator_writes_from_the_schema_are_read_or_refused_only_for_rules_a_schema_cannot_state()
    {
        string folder = TemporaryFolder("foreign");
        var generated = NodeTools.Run("generate.mjs", NodeTools.SchemaPath, ForeignDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture), "20261203", folder);
        generated.GetProperty("written").GetInt32().Should().Be(ForeignDocuments);
        int read = 0;
        int refusedForModelRules = 0;
        var outside = new List<string>();
        foreach (string file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            byte[] json = File.ReadAllBytes(file);
            try
            {
                PolicingDocument document = PolicingJson.ReadDocument(json);
                PolicingJson.ReadDocument(PolicingJson.WriteToUtf8Bytes(document)).Should().Be(document, "what was read is written so that it reads back equal");
                read++;
            }
            catch (PolicingJsonException e) when (e.Kind == PolicingJsonErrorKind.InvalidValue)
            {
                refusedForModelRules++;
            }
            catch (PolicingJsonException e)
            {
                outside.Add($"{Path.GetFileName(file)}: {e.Kind} {e.Message}");
            }
        }
        outside.Should().BeEmpty("a schema-valid document may be refused only for a rule the schema cannot state");
        read.Should().BePositive("some generated documents break no model rule");
        Record("foreign", $"{ForeignDocuments} generated schema-valid documents: {read} read, {refusedForModelRules} refused for model rules (invalid-value), 0 refused outside the documented codes");
    }

    private static string TemporaryFolder(string name)
    {
        string folder = Path.Combine(Path.GetTempPath(), "policingmodel-conformance", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    // Keeps one line per part in the summary, so the order the tests run in does not matter.
    internal static void Record(string part, string line)
    {
        lock (Summary)
        {
            var lines = File.Exists(Summary) ? File.ReadAllLines(Summary).Where(l => !l.StartsWith(part + ":", StringComparison.Ordinal)).ToList() : [];
            lines.Add($"{part}: {line}");
            File.WriteAllLines(Summary, lines.Order(StringComparer.Ordinal), new UTF8Encoding(false));
        }
    }
}
