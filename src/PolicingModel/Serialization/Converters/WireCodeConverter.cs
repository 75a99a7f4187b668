using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Reference;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// An enum as its stable wire code from WireCodes ("released-under-investigation",
// "metropolitan", "E09000008"). Numbers and unknown codes are rejected; writing uses pre-encoded UTF-8.
internal sealed class WireCodeConverter<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>, ISchemaSource
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, JsonEncodedText> encoded;
    private readonly Utf8Codes<TEnum> codes;

    // excludeDefault: True when the enum's zero member means "not set" and is never valid data (QuantityUnit.None, IsoDayOfWeek.None).
    internal WireCodeConverter(bool excludeDefault = false)
    {
        encoded = [];
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            if (!excludeDefault || !EqualityComparer<TEnum>.Default.Equals(value, default))
            {
                encoded[value] = JsonEncodedText.Encode(WireCodes.ToCode(value));
            }
        }
        codes = new Utf8Codes<TEnum>(encoded.Keys.Select(v => (WireCodes.ToCode(v), v)));
    }

    internal static string Expected => $"{("AEIOU".Contains(typeof(TEnum).Name[0], StringComparison.Ordinal) ? "an" : "a")} {typeof(TEnum).Name} code string such as \"{WireCodes.AllCodes<TEnum>()[^1]}\"";

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, Expected);
        }
        return codes.TryRead(ref reader, out TEnum found) ? found : throw Unknown(Text(ref reader));
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

    internal PolicingJsonException Unknown(string? code)
    {
        string[] all = [.. encoded.Keys.Select(WireCodes.ToCode)];
        string choices = all.Length <= 12 ? string.Join(", ", all.Select(c => $"'{c}'")) : string.Join(", ", all.Take(6).Select(c => $"'{c}'")) + $" ... ({all.Length} codes)";
        return ReadError.At(PolicingJsonErrorKind.UnknownCode, $"'{ReadError.Quote(code)}' is not a known {typeof(TEnum).Name} code; expected one of {choices}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!encoded.TryGetValue(value, out JsonEncodedText code))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and has no wire code.");
        }
        writer.WriteStringValue(code);
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Codes(encoded.Keys.Select(WireCodes.ToCode));
}
