using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Reference;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// An entry of an open code list (offences, substances). The library's own entries are written as their code
// ("concerned-in-supply") and read back as the library's entry; an entry a user defined is written with its whole
// definition (an object) and read back equal. An entry that reuses a library code with other facts is refused when
// written, and a definition read with a library code must match the library's: a code never silently means
// something else on the way back. Unknown codes are refused.
internal abstract class CodeListConverter<T> : JsonConverter<T>, ISchemaSource
    where T : class
{
    private readonly Dictionary<string, T> library;
    private readonly Dictionary<T, JsonEncodedText> encoded;
    private readonly Utf8Codes<T> codes;
    private readonly RecordContract<T> definition;
    private readonly string noun;
    private readonly string example;

    protected CodeListConverter(IEnumerable<T> entries, Func<T, string> codeOf, RecordContract<T> definition, string noun, string example)
    {
        library = entries.ToDictionary(codeOf, StringComparer.Ordinal);
        encoded = library.ToDictionary(pair => pair.Value, pair => JsonEncodedText.Encode(pair.Key), (IEqualityComparer<T>)ReferenceEqualityComparer.Instance);
        codes = new Utf8Codes<T>(library.Select(pair => (pair.Key, pair.Value)));
        this.definition = definition;
        this.noun = noun;
        this.example = example;
        CodeOf = codeOf;
    }

    private Func<T, string> CodeOf { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            T defined = definition.Read(ref reader, typeof(T), options);
            if (library.TryGetValue(CodeOf(defined), out T? own))
            {
                return own.Equals(defined)
                    ? own
                    : throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"the {noun} code '{CodeOf(defined)}' is the library's, with another definition; a code of its own is needed.", "/code");
            }
            return defined;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, $"{noun} code string such as \"{example}\", or the definition of one");
        }
        if (codes.TryRead(ref reader, out T? known))
        {
            return known;
        }
        string code = reader.GetString()!;
        return library.TryGetValue(code, out T? found)
            ? found
            : throw ReadError.At(PolicingJsonErrorKind.UnknownCode, $"'{ReadError.Quote(code)}' is not a known {noun} code; expected one of {Choices()}, or the definition of one of your own.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (encoded.TryGetValue(value, out JsonEncodedText code))
        {
            writer.WriteStringValue(code);
        }
        else if (library.TryGetValue(CodeOf(value), out T? own))
        {
            if (!own.Equals(value))
            {
                throw new JsonException(
                    $"The {noun} '{CodeOf(value)}' cannot be written: it reuses the library's code with another definition, so it would be read back as the library's {noun}. Give it a code of its own.");
            }
            writer.WriteStringValue(encoded[own]);
        }
        else
        {
            definition.Write(writer, value, options);
        }
    }

    public JsonNode GetSchema(SchemaBuilder schema) =>
        new JsonObject { ["anyOf"] = new JsonArray(SchemaNodes.Codes(library.Keys), definition.GetSchema(schema)) };

    private string Choices()
    {
        string[] all = [.. library.Keys];
        return all.Length <= 12 ? string.Join(", ", all.Select(c => $"'{c}'")) : string.Join(", ", all.Take(6).Select(c => $"'{c}'")) + $" ... ({all.Length} codes)";
    }
}

internal sealed class OffenceConverter(bool lenient)
    : CodeListConverter<Offence>(Offences.All, o => o.Code, new OffenceDefinition(lenient), "offence", "concerned-in-supply")
{
    // The definition of an offence the library does not list, written inline.
    private sealed class OffenceDefinition : RecordContract<Offence>
    {
        private readonly ValueMember<Offence, string> code;
        private readonly ValueMember<Offence, string> title;
        private readonly ValueMember<Offence, string> legislation;
        private readonly ValueMember<Offence, OffenceGroup> group;
        private readonly ValueMember<Offence, bool> takesDrugClass;
        private readonly ListMember<Offence, MaximumSentence> maximumSentences;
        private readonly OptionalObjectMember<Offence, string> cjsCode;
        private readonly ValueMember<Offence, ArrestGroundKind> kind;

        internal OffenceDefinition(bool lenient)
            : base("an offence definition object", lenient) => Define(
                code = Required("code", new CodeConverter(), o => o.Code),
                title = Required("title", PolicingConverters.Text, o => o.Title),
                legislation = Required("legislation", PolicingConverters.Text, o => o.Legislation),
                group = Required("group", PolicingConverters.OffenceGroups, o => o.Group),
                takesDrugClass = Defaulted("takesDrugClass", PolicingConverters.Flags, o => o.TakesDrugClass, false),
                maximumSentences = List("maximumSentences", new MaximumSentenceConverter(lenient), o => o.MaximumSentences),
                cjsCode = OptionalObject("cjsCode", PolicingConverters.Text, o => o.CjsCode),
                kind = Defaulted("kind", PolicingConverters.ArrestGrounds, o => o.Kind, ArrestGroundKind.Offence));

        protected override string SchemaName => "OffenceDefinition";

        protected override Offence Create(object?[] v) =>
            new(code.From(v), title.From(v), legislation.From(v), group.From(v), takesDrugClass.From(v), maximumSentences.From(v), cjsCode.From(v), kind.From(v));
    }
}

internal sealed class SubstanceConverter(bool lenient)
    : CodeListConverter<Substance>(Substances.All, s => s.Code, new SubstanceDefinition(lenient), "substance", "cocaine")
{
    // The definition of a substance the library does not list, written inline with its dated classification.
    private sealed class SubstanceDefinition : RecordContract<Substance>
    {
        private readonly ValueMember<Substance, string> code;
        private readonly ValueMember<Substance, string> name;
        private readonly ListMember<Substance, DrugClassification> history;

        internal SubstanceDefinition(bool lenient)
            : base("a substance definition object", lenient) => Define(
                code = Required("code", new CodeConverter(), s => s.Code),
                name = Required("name", PolicingConverters.Text, s => s.Name),
                history = List("history", new ClassificationConverter(lenient), s => s.History, required: true, minItems: 1));

        protected override string SchemaName => "SubstanceDefinition";

        protected override Substance Create(object?[] v) => new(code.From(v), name.From(v), history.From(v));
    }
}

// A code of the library's shape: 1-64 lower-case letters, digits and inner hyphens.
internal sealed class CodeConverter : JsonConverter<string>, ISchemaSource
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw ReadError.WrongType(reader.TokenType, "a code string such as \"my-offence\"");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");
}

// A maximum sentence: { "years": 14 } or { "life": true }, with "forClass" when it applies to one drug class.
internal sealed class MaximumSentenceConverter(bool lenient) : JsonConverter<MaximumSentence>, ISchemaSource
{
    public override MaximumSentence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a maximum sentence object { \"years\" } or { \"life\": true }");
        int? years = null;
        bool life = false;
        DrugClass? forClass = null;
        int seen = 0;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("years"u8))
            {
                obj.Begin(ref reader, "years", StrictObject.Seen(ref seen, 1));
                years = obj.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("life"u8))
            {
                obj.Begin(ref reader, "life", StrictObject.Seen(ref seen, 2));
                life = obj.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("forClass"u8))
            {
                obj.Begin(ref reader, "forClass", StrictObject.Seen(ref seen, 4));
                forClass = obj.Optional(ref reader, PolicingConverters.DrugClasses, options);
            }
            else
            {
                obj.Unknown(ref reader, "'years', 'life' or 'forClass'");
            }
        }
        if (life == years.HasValue)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, "a maximum sentence has either \"years\" or \"life\": true, not both or neither.");
        }
        try
        {
            return years is { } y ? MaximumSentence.YearsImprisonment(y, forClass) : MaximumSentence.Life(forClass);
        }
        catch (ArgumentException e)
        {
            throw ReadError.Invalid(e, "/years");
        }
    }

    public override void Write(Utf8JsonWriter writer, MaximumSentence value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Years is { } years)
        {
            writer.WriteNumber("years"u8, years);
        }
        else
        {
            writer.WriteBoolean("life"u8, true);
        }
        if (value.ForClass is { } forClass)
        {
            writer.WritePropertyName("forClass"u8);
            PolicingConverters.DrugClasses.Write(writer, forClass, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object(
        [("years", SchemaNodes.Integer(1, 99)), ("life", new JsonObject { ["const"] = true }), ("forClass", SchemaNodes.Nullable(schema.Of(PolicingConverters.DrugClasses)))]);
}

// One dated classification: { "effectiveFrom": "2022-04-13", "class": "B" }; a null date is "since before records",
// a null class "not controlled".
internal sealed class ClassificationConverter(bool lenient) : JsonConverter<DrugClassification>, ISchemaSource
{
    public override DrugClassification Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a classification object { \"effectiveFrom\", \"class\" }");
        LocalDate? from = null;
        DrugClass? drugClass = null;
        int seen = 0;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("effectiveFrom"u8))
            {
                obj.Begin(ref reader, "effectiveFrom", StrictObject.Seen(ref seen, 1));
                from = obj.Optional(ref reader, PolicingConverters.Dates, options);
            }
            else if (reader.ValueTextEquals("class"u8))
            {
                obj.Begin(ref reader, "class", StrictObject.Seen(ref seen, 2));
                drugClass = obj.Optional(ref reader, PolicingConverters.DrugClasses, options);
            }
            else
            {
                obj.Unknown(ref reader, "'effectiveFrom' or 'class'");
            }
        }
        return new DrugClassification(from, drugClass);
    }

    public override void Write(Utf8JsonWriter writer, DrugClassification value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.EffectiveFrom is { } from)
        {
            writer.WritePropertyName("effectiveFrom"u8);
            PolicingConverters.Dates.Write(writer, from, options);
        }
        if (value.Class is { } drugClass)
        {
            writer.WritePropertyName("class"u8);
            PolicingConverters.DrugClasses.Write(writer, drugClass, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object(
        [("effectiveFrom", SchemaNodes.Nullable(schema.Of(PolicingConverters.Dates))), ("class", SchemaNodes.Nullable(schema.Of(PolicingConverters.DrugClasses)))]);
}
