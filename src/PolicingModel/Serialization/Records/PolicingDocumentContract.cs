using System.Text.Json;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Records;

// The document envelope. Its schema version is checked first, wherever the member stands and however the document
// is read, so that a document of another major version is refused as such rather than for its members.
internal sealed class PolicingDocumentContract : RecordContract<PolicingDocument>
{
    private readonly ValueMember<PolicingDocument, string> schemaVersion;
    private readonly ListMember<PolicingDocument, Operation> operations;
    private readonly ListMember<PolicingDocument, Arrest> arrests;

    internal PolicingDocumentContract(PolicingConverters c)
        : base("a policing document object", c.IsLenient) => Define(
            schemaVersion = Required("schemaVersion", new SchemaVersionConverter(), d => d.SchemaVersion),
            operations = List("operations", c.Operations, d => d.Operations),
            arrests = List("arrests", c.Arrests, d => d.Arrests));

    public override PolicingDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            CheckVersion(reader);
        }
        return base.Read(ref reader, typeToConvert, options);
    }

    protected override PolicingDocument Create(object?[] v) => new(schemaVersion.From(v), operations.From(v), arrests.From(v));

    // Looks ahead, on a copy of the reader, for "schemaVersion" among the document's members (first, as the library
    // writes it, is found at once); a missing or non-string one is left for the full read to report.
    private static void CheckVersion(Utf8JsonReader copy)
    {
        try
        {
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                bool isVersion = copy.ValueTextEquals("schemaVersion"u8);
                copy.Read();
                if (isVersion && copy.TokenType == JsonTokenType.String)
                {
                    try
                    {
                        SchemaVersionConverter.Check(copy.GetString()!);
                    }
                    catch (PolicingJsonException e)
                    {
                        throw e.Under("/schemaVersion");
                    }
                    return;
                }
                if (!copy.TrySkip())
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is JsonException and not PolicingJsonException || e is InvalidOperationException)
        {
            // Malformed JSON or invalid UTF-8 is reported, where it is, by the full read.
        }
    }

    // A semantic version of a major version this library reads.
    private sealed class SchemaVersionConverter : System.Text.Json.Serialization.JsonConverter<string>, ISchemaSource
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ReadError.WrongType(reader.TokenType, $"a semantic version string such as \"{PolicingDocument.CurrentSchemaVersion}\"");
            }
            return Check(reader.GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public JsonNode GetSchema(SchemaBuilder schema) =>
            SchemaNodes.String(pattern: $"^{PolicingDocument.SupportedMajorVersion}\\.(0|[1-9][0-9]{{0,5}})\\.(0|[1-9][0-9]{{0,5}})$");

        internal static string Check(string text)
        {
            if (!SchemaVersions.TryParse(text, out var version))
            {
                throw ReadError.At(PolicingJsonErrorKind.UnsupportedVersion, $"'{ReadError.Quote(text)}' is not a semantic version such as \"{PolicingDocument.CurrentSchemaVersion}\".");
            }
            if (version.Major != PolicingDocument.SupportedMajorVersion)
            {
                throw ReadError.At(
                    PolicingJsonErrorKind.UnsupportedVersion,
                    $"schema version {text} cannot be read: this library reads major version {PolicingDocument.SupportedMajorVersion} ({PolicingDocument.SupportedMajorVersion}.x.y).");
            }
            return text;
        }
    }
}
