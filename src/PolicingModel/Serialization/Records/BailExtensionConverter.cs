using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// BailExtension by hand, for BailConverter: authorised on, by whom, extended to.
internal sealed class BailExtensionConverter : JsonConverter<BailExtension>
{
    private static readonly JsonEncodedText AuthorisedOn = JsonEncodedText.Encode("authorisedOn");
    private static readonly JsonEncodedText Authority = JsonEncodedText.Encode("authority");
    private static readonly JsonEncodedText ExtendedTo = JsonEncodedText.Encode("extendedTo");

    public override BailExtension Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, options, "a bail extension object");
        int seen = 0;
        LocalDate authorisedOn = default;
        BailAuthority authority = default;
        LocalDate extendedTo = default;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(AuthorisedOn.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "authorisedOn", StrictObject.Seen(ref seen, 1));
                authorisedOn = obj.Value(ref reader, PolicingConverters.Dates, options);
            }
            else if (reader.ValueTextEquals(Authority.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "authority", StrictObject.Seen(ref seen, 2));
                authority = obj.Value(ref reader, PolicingConverters.BailAuthorities, options);
            }
            else if (reader.ValueTextEquals(ExtendedTo.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "extendedTo", StrictObject.Seen(ref seen, 4));
                extendedTo = obj.Value(ref reader, PolicingConverters.Dates, options);
            }
            else
            {
                obj.Unknown(ref reader, "'authorisedOn', 'authority' or 'extendedTo'");
            }
        }
        if ((seen & 7) != 7)
        {
            throw StrictObject.Missing((seen & 1) == 0 ? "authorisedOn" : (seen & 2) == 0 ? "authority" : "extendedTo");
        }
        return new BailExtension(authorisedOn, authority, extendedTo);
    }

    public override void Write(Utf8JsonWriter writer, BailExtension value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(AuthorisedOn);
        PolicingConverters.Dates.Write(writer, value.AuthorisedOn, options);
        writer.WritePropertyName(Authority);
        PolicingConverters.BailAuthorities.Write(writer, value.Authority, options);
        writer.WritePropertyName(ExtendedTo);
        PolicingConverters.Dates.Write(writer, value.ExtendedTo, options);
        writer.WriteEndObject();
    }
}
