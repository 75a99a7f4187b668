using System.Text.Json.Nodes;

namespace PolicingModel.Serialization.Schema;

// Implemented by every converter of the contract: the JSON Schema of exactly what it reads and writes. Records
// register themselves in the builder's $defs and answer with a $ref; values answer with a fresh node.
internal interface ISchemaSource
{
    JsonNode GetSchema(SchemaBuilder schema);
}
