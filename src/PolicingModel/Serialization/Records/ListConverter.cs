using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Records;

// A JSON array of records read and written on its own (PolicingJson.Read<EquatableArray<Arrest>>): elements are
// never null, and errors name the element.
internal sealed class ListConverter<T>(JsonConverter<T> element) : JsonConverter<EquatableArray<T>>, ISchemaSource
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return RecordArrays.Read(ref reader, element, options);
        }
        catch (JsonException e) when (e is not PolicingJsonException)
        {
            throw ReadError.Syntax(e);
        }
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (T item in value.AsSpan())
        {
            element.Write(writer, item, options);
        }
        writer.WriteEndArray();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Array(schema.Of(element));
}
