using NJsonSchema;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

public sealed class SchemaTest
{
    private const string SchemaFile = "schema/policing-model.schema.json";

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicingModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PolicingModel.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Committed_schema_matches_the_model()
    {
        string path = Path.Combine(RepositoryRoot(), SchemaFile);
        string exported = PolicingJson.ExportSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, exported);
        }
        File.Exists(path).Should().BeTrue($"{SchemaFile} must be committed; run the tests once with UPDATE_SCHEMA=1 to write it");
        string committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        committed.Should().Be(exported,
            $"the JSON contract changed but {SchemaFile} did not. If the change is intended, regenerate it with " +
            "`UPDATE_SCHEMA=1 dotnet test`, review the diff, bump PolicingDocument.CurrentSchemaVersion as semantic versioning requires, and commit both");
    }

    [Fact]
    public void Schema_is_draft_2020_12_with_formats_and_codes()
    {
        string schema = PolicingJson.ExportSchema();
        schema.Should().Contain("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        schema.Should().Contain("\"format\": \"date-time\"");
        schema.Should().Contain("\"format\": \"date\"");
        schema.Should().Contain("\"released-under-investigation\"");
        schema.Should().Contain("\"E09000008\"");
        schema.Should().Contain("\"concerned-in-supply\"");
        schema.Should().NotContain(": true", "every custom-converter type must be filled in");
        Untyped(System.Text.Json.Nodes.JsonNode.Parse(schema)!, "$").Should().BeEmpty("every member, nullable or not, must have a type");
    }

    private static IEnumerable<string> Untyped(System.Text.Json.Nodes.JsonNode node, string path)
    {
        if (node is System.Text.Json.Nodes.JsonObject obj)
        {
            if (obj["properties"] is System.Text.Json.Nodes.JsonObject properties)
            {
                foreach ((string name, System.Text.Json.Nodes.JsonNode? member) in properties)
                {
                    if (member is not System.Text.Json.Nodes.JsonObject m || !(m.ContainsKey("type") || m.ContainsKey("$ref") || m.ContainsKey("anyOf") || m.ContainsKey("enum") || m.ContainsKey("const")))
                    {
                        yield return $"{path}.properties.{name}";
                    }
                }
            }
            foreach ((string name, System.Text.Json.Nodes.JsonNode? child) in obj)
            {
                if (child is not null)
                {
                    foreach (string found in Untyped(child, $"{path}.{name}"))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is System.Text.Json.Nodes.JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (string found in Untyped(item, $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    public static TheoryData<string> Fixtures() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Serialization", "Fixtures"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_fixture_validates_against_the_committed_schema(string fixture)
    {
        JsonSchema schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), SchemaFile), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        string json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Serialization", "Fixtures", fixture), TestContext.Current.CancellationToken);
        schema.Validate(json).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public async Task Generated_documents_validate_against_the_committed_schema()
    {
        JsonSchema schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), SchemaFile), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        CsCheck.Check.Sample(Generators.ModelGenerators.Document, document =>
        {
            string json = PolicingJson.WriteToString(document);
            var errors = schema.Validate(json);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("\n", errors) + "\n" + json);
            }
        }, iter: 40);
    }
}
