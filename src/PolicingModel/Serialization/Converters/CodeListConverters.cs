using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Reference;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// An Offence as its code only ("concerned-in-supply"), resolved through Offences on read.
internal sealed class OffenceConverter : JsonConverter<Offence>, ISchemaSource
{
    private static readonly Dictionary<Offence, JsonEncodedText> Encoded =
        Offences.All.ToDictionary(o => o, o => JsonEncodedText.Encode(o.Code), (IEqualityComparer<Offence>)ReferenceEqualityComparer.Instance);

    private static readonly Utf8Codes<Offence> Codes = new(Offences.All.Select(o => (o.Code, o)));

    public override Offence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, "an offence code string such as \"concerned-in-supply\"");
        }
        if (Codes.TryRead(ref reader, out Offence? known))
        {
            return known;
        }
        string code = reader.GetString()!;
        return Offences.TryFromCode(code, out Offence? offence)
            ? offence
            : throw new ReadError(PolicingJsonErrorKind.UnknownCode, $"'{code}' is not a known offence code; expected one of {string.Join(", ", Offences.All.Select(o => $"'{o.Code}'"))}.");
    }

    public override void Write(Utf8JsonWriter writer, Offence value, JsonSerializerOptions options)
    {
        if (Encoded.TryGetValue(value, out JsonEncodedText code))
        {
            writer.WriteStringValue(code);
        }
        else
        {
            writer.WriteStringValue(value.Code);
        }
    }

    public JsonObject GetSchema() => SchemaNodes.Codes(Offences.All.Select(o => o.Code));
}

// A Substance as its code only ("crack-cocaine"), resolved through Substances on read.
internal sealed class SubstanceConverter : JsonConverter<Substance>, ISchemaSource
{
    private static readonly Dictionary<Substance, JsonEncodedText> Encoded =
        Substances.All.ToDictionary(s => s, s => JsonEncodedText.Encode(s.Code), (IEqualityComparer<Substance>)ReferenceEqualityComparer.Instance);

    private static readonly Utf8Codes<Substance> Codes = new(Substances.All.Select(s => (s.Code, s)));

    public override Substance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, "a substance code string such as \"cocaine\"");
        }
        if (Codes.TryRead(ref reader, out Substance? known))
        {
            return known;
        }
        string code = reader.GetString()!;
        return Substances.TryFromCode(code, out Substance? substance)
            ? substance
            : throw new ReadError(PolicingJsonErrorKind.UnknownCode, $"'{code}' is not a known substance code; expected one of {string.Join(", ", Substances.All.Select(s => $"'{s.Code}'"))}.");
    }

    public override void Write(Utf8JsonWriter writer, Substance value, JsonSerializerOptions options)
    {
        if (Encoded.TryGetValue(value, out JsonEncodedText code))
        {
            writer.WriteStringValue(code);
        }
        else
        {
            writer.WriteStringValue(value.Code);
        }
    }

    public JsonObject GetSchema() => SchemaNodes.Codes(Substances.All.Select(s => s.Code));
}
