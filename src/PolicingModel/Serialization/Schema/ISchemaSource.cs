using System.Text.Json.Nodes;

namespace PolicingModel.Serialization.Schema;

/// <summary>Implemented by every hand-written converter: the JSON Schema of what it reads and writes, which the exporter cannot infer.</summary>
internal interface ISchemaSource
{
    /// <summary>A fresh schema node (callers may modify it).</summary>
    JsonObject GetSchema();
}
