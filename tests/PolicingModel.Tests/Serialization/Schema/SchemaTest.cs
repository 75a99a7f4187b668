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

        Untyped(System.Text.Json.Nodes.JsonNode.Parse(schema)!, "").Should().BeEmpty("every member, nullable or not, must have a type");
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

    [Fact]
    public void The_schema_states_what_the_reader_requires_of_arrays_and_counts()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(PolicingJson.ExportSchema())!;
        var definitions = schema["$defs"]!.AsObject();
        foreach ((string name, System.Text.Json.Nodes.JsonNode? definition) in definitions)
        {
            foreach ((string member, System.Text.Json.Nodes.JsonNode? property) in definition!["properties"]?.AsObject() ?? [])
            {
                if (property!["type"]?.ToString() == "array")
                {
                    property["items"].Should().NotBeNull("{0}.{1} must say what its items are", name, member);
                }
            }
        }
        definitions["Arrest"]!["properties"]!["offences"]!["minItems"]!.GetValue<int>().Should().Be(1);
        definitions["PublicEvent"]!["properties"]!["sessions"]!["minItems"]!.GetValue<int>().Should().Be(1);
        definitions["WeaponSeized"]!["properties"]!["count"]!.ToJsonString().Should().Contain("\"minimum\":1");
    }
}
