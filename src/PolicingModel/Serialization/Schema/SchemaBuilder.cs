using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PolicingModel.Serialization.Schema;

// Collects the $defs of a schema export: each record is defined once, under its type name, and referred to by $ref.
internal sealed class SchemaBuilder
{
    private readonly SortedDictionary<string, JsonNode?> definitions = new(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, JsonNode?> Definitions => definitions;

    // A $ref to the definition called name, defining it first (once) with define.
    internal JsonObject Ref(string name, Func<JsonNode> define)
    {
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = null; // claimed first, so a record that contains itself refers to itself
            definitions[name] = define();
        }
        return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
    }

    // The schema of what converter reads and writes.
    internal JsonNode Of(JsonConverter converter) =>
        converter is ISchemaSource source
            ? source.GetSchema(this)
            : throw new InvalidOperationException($"{converter.GetType().Name} does not describe its schema.");
}
