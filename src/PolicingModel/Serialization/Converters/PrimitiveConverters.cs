using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// Free text as a JSON string. Whether it may be blank is the model's rule, checked by the record's constructor.
internal sealed class TextConverter(bool nonBlank = true) : JsonConverter<string>, ISchemaSource
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, "a string");
        }
        return reader.GetString()!;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // "Not blank" in the schema: at least one character that is not white space.
    public JsonNode GetSchema(SchemaBuilder schema) => nonBlank ? SchemaNodes.String(pattern: "\\S") : SchemaNodes.String();
}

// true or false.
internal sealed class FlagConverter : JsonConverter<bool>, ISchemaSource
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw ReadError.WrongType(reader.TokenType, "true or false"),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    public JsonNode GetSchema(SchemaBuilder schema) => new JsonObject { ["type"] = "boolean" };
}

// An absolute http or https address as a string.
internal sealed class UrlConverter : JsonConverter<Uri>, ISchemaSource
{
    public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, "an absolute http or https URL string");
        }
        string text = reader.GetString()!;
        return Uri.TryCreate(text, UriKind.Absolute, out Uri? url)
            ? url
            : throw ReadError.At(PolicingJsonErrorKind.WrongType, $"expected an absolute http or https URL; '{ReadError.Quote(text)}' is not one.");
    }

    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => writer.WriteStringValue(value.OriginalString);

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(format: "uri", pattern: "^[hH][tT][tT][pP][sS]?://");
}
