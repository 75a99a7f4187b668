using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Contract;

// The member every object of a closed hierarchy (seized items, bail conditions, arrest outcomes) carries to say its kind.
internal static class KindContract
{
    internal const string PropertyName = "kind";

    internal static readonly JsonEncodedText Name = JsonEncodedText.Encode(PropertyName);

    // Finds the "kind" of the object under the reader, wherever it stands among the members (JSON objects are
    // unordered), from a copy of the reader, so the caller then reads the object from its start. Strict reading takes
    // the first "kind" (a second is then reported as a duplicate); lenient reading the last.
    internal static TKind Find<TKind>(Utf8JsonReader copy, Utf8Codes<TKind> kinds, bool lenient, string known)
    {
        bool found = false;
        TKind result = default!;
        try
        {
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                bool isKind = copy.ValueTextEquals(Name.EncodedUtf8Bytes);
                copy.Read();
                if (!isKind)
                {
                    // TrySkip, not Skip: a reader over a pipe is never on its final block, and System.Text.Json has
                    // buffered the whole object for the converter already.
                    if (!copy.TrySkip())
                    {
                        throw ReadError.At(PolicingJsonErrorKind.Syntax, "the object ends before it is closed.");
                    }
                    continue;
                }
                if (copy.TokenType != JsonTokenType.String)
                {
                    throw ReadError.At(PolicingJsonErrorKind.UnknownKind, $"\"{PropertyName}\" must be a string, one of {known}; it is {ReadError.Describe(copy.TokenType)}.", "/" + PropertyName);
                }
                if (!kinds.TryRead(ref copy, out TKind? kind))
                {
                    throw ReadError.At(PolicingJsonErrorKind.UnknownKind, $"'{ReadError.Quote(Text(ref copy))}' is not a known kind; expected one of {known}.", "/" + PropertyName);
                }
                result = kind;
                found = true;
                if (!lenient)
                {
                    return result;
                }
            }
        }
        catch (JsonException e) when (e is not PolicingJsonException)
        {
            throw ReadError.Syntax(e);
        }
        return found ? result : throw ReadError.At(PolicingJsonErrorKind.UnknownKind, $"the object has no \"{PropertyName}\"; expected one of {known}.");
    }

    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "(not valid UTF-8)";
        }
    }
}

// A closed hierarchy whose objects say their kind in a "kind" member anywhere among their members.
internal sealed class KindContract<TBase> : JsonConverter<TBase>, ISchemaSource
    where TBase : class
{
    private readonly (Type Type, string Kind, JsonEncodedText Encoded, IKindContract Contract)[] kinds;
    private readonly Utf8Codes<int> codes;
    private readonly string known;
    private readonly string description;
    private readonly bool lenient;

    internal KindContract(string description, bool lenient, params (Type Type, string Kind, IKindContract Contract)[] kinds)
    {
        this.description = description;
        this.lenient = lenient;
        this.kinds = [.. kinds.Select(k => (k.Type, k.Kind, JsonEncodedText.Encode(k.Kind), k.Contract))];
        codes = new Utf8Codes<int>(kinds.Select((k, i) => (k.Kind, i)));
        known = string.Join(", ", kinds.Select(k => $"'{k.Kind}'"));
    }

    // The kinds, in the order of the schema, for the hierarchy's code list.
    internal IEnumerable<(Type Type, string Kind)> Kinds => kinds.Select(k => (k.Type, k.Kind));

    public override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ReadError.WrongType(reader.TokenType, description);
        }
        int index = KindContract.Find(reader, codes, lenient, known);
        return (TBase)kinds[index].Contract.ReadAsKind(ref reader, options);
    }

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        Type type = value.GetType();
        foreach ((Type kindType, _, JsonEncodedText encoded, IKindContract contract) in kinds)
        {
            if (kindType == type)
            {
                contract.WriteAsKind(writer, value, options, encoded);
                return;
            }
        }
        throw new JsonException($"{type.Name} is not a kind of {typeof(TBase).Name} that the contract knows, so it cannot be written (the library never writes what it cannot read).");
    }

    // A converter for one kind on its own, which reads and writes the same objects as the hierarchy.
    internal JsonConverter<TKind> As<TKind>()
        where TKind : TBase => new OneKind<TKind, TBase>(this);

    public JsonNode GetSchema(SchemaBuilder schema) => schema.Ref(typeof(TBase).Name, () =>
    {
        var oneOf = new JsonArray();
        foreach ((_, string kind, _, IKindContract contract) in kinds)
        {
            oneOf.Add(contract.KindSchema(schema, kind));
        }
        return new JsonObject { ["oneOf"] = oneOf };
    });
}

// One kind of a closed hierarchy read and written on its own: an object of another kind is refused as the wrong kind.
internal sealed class OneKind<TKind, TBase>(KindContract<TBase> hierarchy) : JsonConverter<TKind>, ISchemaSource
    where TKind : TBase
    where TBase : class
{
    public override TKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        hierarchy.Read(ref reader, typeof(TBase), options) is TKind value
            ? value
            : throw ReadError.At(PolicingJsonErrorKind.UnknownKind, $"expected the kind of {typeof(TKind).Name}.", "/" + KindContract.PropertyName);

    public override void Write(Utf8JsonWriter writer, TKind value, JsonSerializerOptions options) => hierarchy.Write(writer, value, options);

    public JsonNode GetSchema(SchemaBuilder schema) => hierarchy.GetSchema(schema);
}
