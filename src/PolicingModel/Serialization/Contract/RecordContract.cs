using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Contract;

// A record of the contract described by its members: read in any member order with the contract's strictness,
// written in the members' order, and described in the schema as an object with exactly those members. The
// record's own constructor has the last word: a value it refuses is reported as invalid, located at the record.
internal abstract class RecordContract<T> : JsonConverter<T>, ISchemaSource, IKindContract
    where T : class
{
    private readonly bool lenient;
    private readonly string description;
    private Member<T>[] members = [];
    private string expected = "";

    protected RecordContract(string description, bool lenient)
    {
        this.description = description;
        this.lenient = lenient;
    }

    // When true, problems found in this record's values are reported without quoting anything read (personal data).
    protected bool Redacted { get; init; }

    // The name of the record in the schema's $defs.
    protected virtual string SchemaName => typeof(T).Name;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadObject(ref reader, options, hasKind: false);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        WriteObject(writer, value, options, kind: null);

    public JsonNode GetSchema(SchemaBuilder schema) => schema.Ref(SchemaName, () => ObjectSchema(schema, kind: null));

    object IKindContract.ReadAsKind(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadObject(ref reader, options, hasKind: true);

    void IKindContract.WriteAsKind(Utf8JsonWriter writer, object value, JsonSerializerOptions options, JsonEncodedText kind) =>
        WriteObject(writer, (T)value, options, kind);

    JsonNode IKindContract.KindSchema(SchemaBuilder schema, string kind) => schema.Ref(SchemaName, () => ObjectSchema(schema, kind));

    // The members, in the order they are written.
    protected void Define(params Member<T>[] list)
    {
        for (int i = 0; i < list.Length; i++)
        {
            list[i].Index = i;
        }
        members = list;
        expected = list.Length == 0 ? "no members" : string.Join(", ", list.Select(m => $"'{m.Name}'"));
    }

    protected static ValueMember<T, TValue> Required<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue> get) =>
        new(name, converter, get);

    // Optional on read (absent is defaultValue), always written.
    protected static ValueMember<T, TValue> Defaulted<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue> get, TValue defaultValue) =>
        new(name, converter, get, required: false, defaultValue);

    protected static OptionalMember<T, TValue> Optional<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue?> get, bool alwaysWritten = false)
        where TValue : struct => new(name, converter, get, alwaysWritten);

    protected static OptionalObjectMember<T, TValue> OptionalObject<TValue>(string name, JsonConverter<TValue> converter, Func<T, TValue?> get)
        where TValue : class => new(name, converter, get);

    protected static ListMember<T, TElement> List<TElement>(string name, JsonConverter<TElement> converter, Func<T, EquatableArray<TElement>> get, bool required = false, int minItems = 0) =>
        new(name, converter, get, required, minItems);

    // The record from the values read (by member index); may throw ArgumentException for values the model refuses.
    protected abstract T Create(object?[] values);

    private T ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options, bool hasKind)
    {
        if (!Redacted)
        {
            return ReadMembers(ref reader, options, hasKind);
        }
        try
        {
            return ReadMembers(ref reader, options, hasKind);
        }
        catch (PolicingJsonException e) when (e.InnerException is not null)
        {
            // Syntax errors met while skipping a member keep System.Text.Json's own exception, whose text quotes a
            // character of the input: drop it inside personal data.
            throw e.WithoutInner();
        }
    }

    private T ReadMembers(ref Utf8JsonReader reader, JsonSerializerOptions options, bool hasKind)
    {
        var obj = new StrictObject(ref reader, lenient, description);
        object?[] values = members.Length == 0 ? [] : new object?[members.Length];
        ulong seen = 0;
        bool kindSeen = false;
        while (obj.NextMember(ref reader))
        {
            int index = Find(ref reader);
            if (index >= 0)
            {
                Member<T> member = members[index];
                obj.Begin(ref reader, member.Name, (seen & (1UL << index)) != 0);
                seen |= 1UL << index;
                values[index] = ReadMember(member, ref reader, obj, options);
            }
            else if (hasKind && reader.ValueTextEquals(KindContract.Name.EncodedUtf8Bytes))
            {
                // The discriminator was read already, from a copy of the reader.
                obj.Begin(ref reader, KindContract.PropertyName, kindSeen);
                kindSeen = true;
                StrictObject.Skip(ref reader, KindContract.PropertyName);
            }
            else
            {
                obj.Unknown(ref reader, hasKind ? $"'{KindContract.PropertyName}', {expected}" : expected, quoteName: !Redacted);
            }
        }
        foreach (Member<T> member in members)
        {
            if (member.Required && (seen & (1UL << member.Index)) == 0)
            {
                throw StrictObject.Missing(member.Name);
            }
        }
        try
        {
            return Create(values);
        }
        catch (ArgumentException e)
        {
            // A redacted record keeps no inner exception either: loggers print the whole chain.
            throw Redacted ? ReadError.At(PolicingJsonErrorKind.InvalidValue, "a value breaks a rule of the model (personal data is not quoted).") : ReadError.Invalid(e);
        }
    }

    private object? ReadMember(Member<T> member, ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options)
    {
        if (!Redacted)
        {
            return member.Read(ref reader, obj, options);
        }
        try
        {
            return member.Read(ref reader, obj, options);
        }
        catch (PolicingJsonException e)
        {
            // Keep the kind and the place; drop the text, which may quote the value.
            throw ReadError.At(e.Kind, $"the value of '{member.Name}' is not valid ({Describe(e.Kind)}; personal data is not quoted).", JsonPointer.Member(member.Name));
        }
    }

    private static string Describe(PolicingJsonErrorKind kind) => kind switch
    {
        PolicingJsonErrorKind.WrongType => "wrong type or format",
        PolicingJsonErrorKind.NullNotAllowed => "null is not allowed",
        PolicingJsonErrorKind.UnknownMember => "unknown member",
        PolicingJsonErrorKind.DuplicateMember => "duplicate member",
        PolicingJsonErrorKind.MissingMember => "missing member",
        PolicingJsonErrorKind.Syntax => "not valid JSON",
        _ => "invalid value",
    };

    private int Find(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < members.Length; i++)
        {
            if (reader.ValueTextEquals(members[i].EncodedName.EncodedUtf8Bytes))
            {
                return i;
            }
        }
        return -1;
    }

    private void WriteObject(Utf8JsonWriter writer, T value, JsonSerializerOptions options, JsonEncodedText? kind)
    {
        writer.WriteStartObject();
        if (kind is { } k)
        {
            writer.WriteString(KindContract.Name, k);
        }
        foreach (Member<T> member in members)
        {
            member.Write(writer, value, options);
        }
        writer.WriteEndObject();
    }

    private JsonObject ObjectSchema(SchemaBuilder schema, string? kind)
    {
        var properties = new List<(string, JsonNode)>();
        var required = new List<string>();
        if (kind is not null)
        {
            properties.Add((KindContract.PropertyName, new JsonObject { ["const"] = kind }));
            required.Add(KindContract.PropertyName);
        }
        foreach (Member<T> member in members)
        {
            properties.Add((member.Name, member.Schema(schema)));
            if (member.Required)
            {
                required.Add(member.Name);
            }
        }
        return SchemaNodes.Object(properties, [.. required]);
    }
}
