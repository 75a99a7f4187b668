using System.Text.Json.Nodes;

namespace PolicingModel.Serialization.Schema;

// Implemented by every hand-written converter: the JSON Schema of what it reads and writes, which the exporter cannot infer.
internal interface ISchemaSource
{
    // A fresh schema node (callers may modify it).
    JsonObject GetSchema();
}
