using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// Bail by hand, for ArrestOutcomeConverter. Bail conditions (nine kinds, some deep) are
// read and written by the generated contract, one condition at a time; the usual bail without conditions never
// reaches it.
internal sealed class BailConverter : JsonConverter<Bail>
{
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText GrantedOn = JsonEncodedText.Encode("grantedOn");
    private static readonly JsonEncodedText AnswerOn = JsonEncodedText.Encode("answerOn");
    private static readonly JsonEncodedText Conditions = JsonEncodedText.Encode("conditions");
    private static readonly JsonEncodedText Extensions = JsonEncodedText.Encode("extensions");

    public override Bail Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, options, "a bail object");
        int seen = 0;
        BailKind kind = default;
        LocalDate grantedOn = default;
        LocalDate? answerOn = null;
        EquatableArray<BailCondition> conditions = default;
        EquatableArray<BailExtension> extensions = default;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Kind.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "kind", StrictObject.Seen(ref seen, 1));
                kind = obj.Value(ref reader, PolicingConverters.BailKinds, options);
            }
            else if (reader.ValueTextEquals(GrantedOn.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "grantedOn", StrictObject.Seen(ref seen, 2));
                grantedOn = obj.Value(ref reader, PolicingConverters.Dates, options);
            }
            else if (reader.ValueTextEquals(AnswerOn.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "answerOn", StrictObject.Seen(ref seen, 4));
                answerOn = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Dates, options);
            }
            else if (reader.ValueTextEquals(Conditions.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "conditions", StrictObject.Seen(ref seen, 8));
                conditions = ReadConditions(ref reader, options);
            }
            else if (reader.ValueTextEquals(Extensions.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "extensions", StrictObject.Seen(ref seen, 16));
                extensions = obj.Array(ref reader, PolicingConverters.BailExtensions, options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of bail");
            }
        }
        if ((seen & 3) != 3)
        {
            throw StrictObject.Missing((seen & 1) == 0 ? "kind" : "grantedOn");
        }
        return new Bail(kind, grantedOn, answerOn, conditions, extensions);
    }

    private static EquatableArray<BailCondition> ReadConditions(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ReadError.WrongType(reader.TokenType, "an array of bail conditions", ".conditions");
        }
        List<BailCondition>? conditions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            BailCondition? condition = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, ConditionInfo(options));
            (conditions ??= []).Add(condition ?? throw new ReadError(PolicingJsonErrorKind.NullNotAllowed, "null is not allowed as an element of this array.", $".conditions[{conditions.Count}]"));
        }
        return conditions is null ? EquatableArray<BailCondition>.Empty : conditions.ToEquatableArray();
    }

    private static JsonTypeInfo<BailCondition> ConditionInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<BailCondition>)options.GetTypeInfo(typeof(BailCondition));

    public override void Write(Utf8JsonWriter writer, Bail value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Kind);
        PolicingConverters.BailKinds.Write(writer, value.Kind, options);
        writer.WritePropertyName(GrantedOn);
        PolicingConverters.Dates.Write(writer, value.GrantedOn, options);
        if (value.AnswerOn is { } answerOn)
        {
            writer.WritePropertyName(AnswerOn);
            PolicingConverters.Dates.Write(writer, answerOn, options);
        }
        writer.WriteStartArray(Conditions);
        foreach (BailCondition condition in value.Conditions.AsSpan())
        {
            JsonSerializer.Serialize(writer, condition, ConditionInfo(options));
        }
        writer.WriteEndArray();
        RecordArrays.Write(writer, Extensions, value.Extensions, PolicingConverters.BailExtensions, options);
        writer.WriteEndObject();
    }
}
