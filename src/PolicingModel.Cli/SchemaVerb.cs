using PolicingModel.Serialization;

namespace PolicingModel.Cli;

/// <summary><c>schema</c>: the exported JSON Schema, byte for byte the committed schema/policing-model.schema.json.</summary>
internal static class SchemaVerb
{
    internal static int Run(TextWriter output)
    {
        output.Write(PolicingJson.ExportSchema());
        return Verbs.Ok;
    }
}
