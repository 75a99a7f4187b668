using System.Text.Json;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// The members every hedged figure shares (counts, money, quantities): "precision" (exact when absent), "upper" (the
// upper end of a range) and "wording" (the source's words). One reader, writer and schema for all three, so the
// figures cannot drift apart.
internal struct FigureMembers
{
    private Precision? precision;
    private decimal? upper;
    private string? wording;

    internal readonly Precision Precision => precision ?? Precision.Exact;

    internal readonly decimal? Upper => upper;

    internal readonly string? Wording => wording;

    // Reads the current member when it is one of the shared ones; false otherwise.
    internal bool TryRead(ref StrictObject obj, ref Utf8JsonReader reader, JsonSerializerOptions options, bool integer)
    {
        if (reader.ValueTextEquals("precision"u8))
        {
            obj.Begin(ref reader, "precision", precision.HasValue);
            precision = obj.Value(ref reader, PolicingConverters.Precisions, options);
            return true;
        }
        if (reader.ValueTextEquals("upper"u8))
        {
            obj.Begin(ref reader, "upper", upper.HasValue);
            upper = integer ? obj.Int32(ref reader) : obj.Decimal(ref reader);
            return true;
        }
        if (reader.ValueTextEquals("wording"u8))
        {
            obj.Begin(ref reader, "wording", wording is not null);
            wording = obj.String(ref reader);
            return true;
        }
        return false;
    }

    // Precision always; upper and wording only when the figure has them.
    internal static void Write(Utf8JsonWriter writer, Precision precision, decimal? upper, string? wording, JsonSerializerOptions options)
    {
        writer.WritePropertyName("precision"u8);
        PolicingConverters.Precisions.Write(writer, precision, options);
        if (upper is { } u)
        {
            writer.WriteNumber("upper"u8, u);
        }
        if (wording is not null)
        {
            writer.WriteString("wording"u8, wording);
        }
    }

    // The figure's value as the constructor takes it, with the constructor's refusal reported at the object.
    internal static T Build<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, e.Message, inner: e);
        }
    }

    internal static IEnumerable<(string Name, JsonNode Schema)> Properties(SchemaBuilder schema, bool integer) =>
    [
        ("precision", PolicingConverters.Precisions.GetSchema(schema)),
        ("upper", integer ? SchemaNodes.Integer(0) : SchemaNodes.Decimal()),
        ("wording", SchemaNodes.String(minLength: 1, maxLength: FigureRules.MaxWordingLength)),
    ];

    // A range needs its upper end and nothing else has one; an unquantified figure has the value 0. (Written so that
    // Ajv's strict mode accepts it: every required member is also described where it is required.)
    internal static JsonObject Schema(JsonObject node, string valueName, bool integer)
    {
        node["allOf"] = new JsonArray(
            new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = new JsonArray("precision"), ["properties"] = new JsonObject { ["precision"] = new JsonObject { ["const"] = "range" } } },
                ["then"] = new JsonObject { ["required"] = new JsonArray("upper"), ["properties"] = new JsonObject { ["upper"] = integer ? SchemaNodes.Integer(0) : SchemaNodes.Decimal() } },
            },
            new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = new JsonArray("precision"), ["properties"] = new JsonObject { ["precision"] = new JsonObject { ["const"] = "unquantified" } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { [valueName] = new JsonObject { ["const"] = 0 } } },
            });
        node["dependentSchemas"] = new JsonObject
        {
            ["upper"] = new JsonObject { ["required"] = new JsonArray("precision"), ["properties"] = new JsonObject { ["precision"] = new JsonObject { ["const"] = "range" } } },
        };
        return node;
    }
}
