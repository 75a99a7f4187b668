using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// A strongly typed id as its text, such as "a1".
internal sealed class IdentifierConverter<TId>(Func<string, TId> create) : JsonConverter<TId>, ISchemaSource
    where TId : struct, IIdentifier
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, $"a {typeof(TId).Name} string");
        }
        try
        {
            return create(reader.GetString()!);
        }
        catch (ArgumentException e)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"not a valid {typeof(TId).Name}: {e.Message}", inner: e);
        }
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(minLength: 1, maxLength: 128);
}
