using System.Text.Json.Nodes;

namespace PolicingModel.Serialization.Schema;

// Small builders for the schema fragments of the hand-written converters.
internal static class SchemaNodes
{
    internal const string LocalTimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$";
    internal const string YearMonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    internal static JsonObject String(string? format = null, string? pattern = null, int? minLength = null, int? maxLength = null)
    {
        var node = new JsonObject { ["type"] = "string" };
        if (format is not null)
        {
            node["format"] = format;
        }
        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }
        if (minLength is { } min)
        {
            node["minLength"] = min;
        }
        if (maxLength is { } max)
        {
            node["maxLength"] = max;
        }
        return node;
    }

    internal static JsonObject Codes(IEnumerable<string> codes)
    {
        var values = new JsonArray();
        foreach (string code in codes)
        {
            values.Add((JsonNode)JsonValue.Create(code));
        }
        return new JsonObject { ["type"] = "string", ["enum"] = values };
    }

    internal static JsonObject Integer(int minimum, int? maximum = null)
    {
        var node = new JsonObject { ["type"] = "integer", ["minimum"] = minimum };
        if (maximum is { } max)
        {
            node["maximum"] = max;
        }
        return node;
    }

    internal static JsonObject Decimal() => new() { ["type"] = "number", ["minimum"] = 0 };

    internal static JsonObject Array(JsonNode items, int minItems = 0)
    {
        var node = new JsonObject { ["type"] = "array", ["items"] = items };
        if (minItems > 0)
        {
            node["minItems"] = minItems;
        }
        return node;
    }

    // The schema of a value that may also be null: a "type" grows "null" (and an "enum" null), anything else
    // (a $ref, a oneOf) is offered beside { "type": "null" }.
    internal static JsonNode Nullable(JsonNode schema)
    {
        if (schema is JsonObject node && !node.ContainsKey("$ref") && node["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            node["type"] = new JsonArray((JsonNode)JsonValue.Create(type.GetValue<string>()), (JsonNode)JsonValue.Create("null"));
            if (node["enum"] is JsonArray codes)
            {
                codes.Add((JsonNode?)null);
            }
            return node;
        }
        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    internal static JsonObject Object(IEnumerable<(string Name, JsonNode Schema)> properties, params string[] required)
    {
        var props = new JsonObject();
        foreach ((string name, JsonNode schema) in properties)
        {
            props[name] = schema;
        }
        var node = new JsonObject { ["type"] = "object", ["properties"] = props };
        if (required.Length > 0)
        {
            var names = new JsonArray();
            foreach (string name in required)
            {
                names.Add((JsonNode)JsonValue.Create(name));
            }
            node["required"] = names;
        }
        node["additionalProperties"] = false;
        return node;
    }
}
