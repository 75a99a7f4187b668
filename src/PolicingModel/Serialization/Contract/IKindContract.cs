using System.Text.Json;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Contract;

// A record read and written as one kind of a closed hierarchy: the "kind" member is part of its object.
internal interface IKindContract
{
    object ReadAsKind(ref Utf8JsonReader reader, JsonSerializerOptions options);

    void WriteAsKind(Utf8JsonWriter writer, object value, JsonSerializerOptions options, JsonEncodedText kind);

    JsonNode KindSchema(SchemaBuilder schema, string kind);
}
