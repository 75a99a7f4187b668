using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// Place as { "precision": "locality", "locality": "South Norwood", "borough": "E09000008", "force": "metropolitan" },
// built through Place.Create so that the parts must fit the precision.
internal sealed class PlaceConverter(bool lenient, PostalAddressConverter addresses) : JsonConverter<Place>, ISchemaSource
{
    private static readonly WireCodeConverter<PlacePrecision> Precisions = new();
    private static readonly WireCodeConverter<LondonBorough> Boroughs = new();
    private static readonly WireCodeConverter<PoliceForce> Forces = new();

    public override Place Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a place object { \"precision\", \"force\", ... }");
        PlacePrecision? precision = null;
        PostalAddress? address = null;
        string? locality = null;
        LondonBorough? borough = null;
        PoliceForce? force = null;
        bool seenAddress = false, seenLocality = false, seenBorough = false;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("precision"u8))
            {
                obj.Begin(ref reader, "precision", precision.HasValue);
                precision = obj.Value(ref reader, Precisions, options);
            }
            else if (reader.ValueTextEquals("address"u8))
            {
                obj.Begin(ref reader, "address", seenAddress);
                seenAddress = true;
                address = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, addresses, options);
            }
            else if (reader.ValueTextEquals("locality"u8))
            {
                obj.Begin(ref reader, "locality", seenLocality);
                seenLocality = true;
                locality = obj.OptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("borough"u8))
            {
                obj.Begin(ref reader, "borough", seenBorough);
                seenBorough = true;
                borough = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, Boroughs, options);
            }
            else if (reader.ValueTextEquals("force"u8))
            {
                obj.Begin(ref reader, "force", force.HasValue);
                force = obj.Value(ref reader, Forces, options);
            }
            else
            {
                obj.Unknown(ref reader, "'precision', 'address', 'locality', 'borough' or 'force'");
            }
        }
        PlacePrecision p = precision ?? throw StrictObject.Missing("precision");
        PoliceForce f = force ?? throw StrictObject.Missing("force");
        try
        {
            return Place.Create(p, address, locality, borough, f);
        }
        catch (ArgumentException e)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, e.Message, inner: e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("precision"u8);
        Precisions.Write(writer, value.Precision, options);
        if (value.Address is { } address)
        {
            writer.WritePropertyName("address"u8);
            addresses.Write(writer, address, options);
        }
        if (value.Locality is { } locality)
        {
            writer.WriteString("locality"u8, locality);
        }
        if (value.Borough is { } borough)
        {
            writer.WritePropertyName("borough"u8);
            Boroughs.Write(writer, borough, options);
        }
        writer.WritePropertyName("force"u8);
        Forces.Write(writer, value.Force, options);
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object([("precision", Precisions.GetSchema(schema)), ("address", addresses.GetSchema(schema)), ("locality", SchemaNodes.String(minLength: 1)), ("borough", Boroughs.GetSchema(schema)), ("force", Forces.GetSchema(schema))], "precision", "force");
}

// PostalAddress as { "lines": ["1 High Street", "Croydon"], "postcode": "CR0 1AA" }.
internal sealed class PostalAddressConverter(bool lenient) : JsonConverter<PostalAddress>, ISchemaSource
{
    public override PostalAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "an address object { \"lines\", \"postcode\" }");
        List<string>? lines = null;
        string? postcode = null;
        bool seenPostcode = false;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("lines"u8))
            {
                obj.Begin(ref reader, "lines", lines is not null);
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw obj.Rethrow(ReadError.WrongType(reader.TokenType, "an array of address lines"));
                }
                lines = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw ReadError.At(
                            reader.TokenType == JsonTokenType.Null ? PolicingJsonErrorKind.NullNotAllowed : PolicingJsonErrorKind.WrongType,
                            $"expected an address line string, but found {ReadError.Describe(reader.TokenType)}.",
                            $".lines[{lines.Count}]");
                    }
                    lines.Add(reader.GetString()!);
                }
            }
            else if (reader.ValueTextEquals("postcode"u8))
            {
                obj.Begin(ref reader, "postcode", seenPostcode);
                seenPostcode = true;
                postcode = obj.OptionalString(ref reader);
            }
            else
            {
                obj.Unknown(ref reader, "'lines' or 'postcode'");
            }
        }
        List<string> l = lines ?? throw StrictObject.Missing("lines");
        try
        {
            return new PostalAddress(l.ToEquatableArray(), postcode);
        }
        catch (ArgumentException e)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, e.Message, inner: e);
        }
    }

    public override void Write(Utf8JsonWriter writer, PostalAddress value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("lines"u8);
        foreach (string line in value.Lines)
        {
            writer.WriteStringValue(line);
        }
        writer.WriteEndArray();
        if (value.Postcode is { } postcode)
        {
            writer.WriteString("postcode"u8, postcode);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object([("lines", new JsonObject { ["type"] = "array", ["items"] = SchemaNodes.String(minLength: 1), ["minItems"] = 1 }), ("postcode", SchemaNodes.String(minLength: 1))], "lines");
}
