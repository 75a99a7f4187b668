using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// PersonalIdentifiers by hand, for ArrestedPersonConverter: name, date of birth, home address, PNC id.
internal sealed class PersonalIdentifiersConverter : JsonConverter<PersonalIdentifiers>
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText DateOfBirth = JsonEncodedText.Encode("dateOfBirth");
    private static readonly JsonEncodedText HomeAddress = JsonEncodedText.Encode("homeAddress");
    private static readonly JsonEncodedText PncId = JsonEncodedText.Encode("pncId");

    public override PersonalIdentifiers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, options, "an identifiers object");
        int seen = 0;
        string? name = null;
        LocalDate? dateOfBirth = null;
        PostalAddress? homeAddress = null;
        string? pncId = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Name.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "name", StrictObject.Seen(ref seen, 1));
                name = obj.OptionalString(ref reader);
            }
            else if (reader.ValueTextEquals(DateOfBirth.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "dateOfBirth", StrictObject.Seen(ref seen, 2));
                dateOfBirth = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Dates, options);
            }
            else if (reader.ValueTextEquals(HomeAddress.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "homeAddress", StrictObject.Seen(ref seen, 4));
                homeAddress = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Addresses, options);
            }
            else if (reader.ValueTextEquals(PncId.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "pncId", StrictObject.Seen(ref seen, 8));
                pncId = obj.OptionalString(ref reader);
            }
            else
            {
                obj.Unknown(ref reader, "a member of personal identifiers");
            }
        }
        return new PersonalIdentifiers(name, dateOfBirth, homeAddress, pncId);
    }

    public override void Write(Utf8JsonWriter writer, PersonalIdentifiers value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Name is { } name)
        {
            writer.WriteString(Name, name);
        }
        if (value.DateOfBirth is { } dateOfBirth)
        {
            writer.WritePropertyName(DateOfBirth);
            PolicingConverters.Dates.Write(writer, dateOfBirth, options);
        }
        if (value.HomeAddress is { } homeAddress)
        {
            writer.WritePropertyName(HomeAddress);
            PolicingConverters.Addresses.Write(writer, homeAddress, options);
        }
        if (value.PncId is { } pncId)
        {
            writer.WriteString(PncId, pncId);
        }
        writer.WriteEndObject();
    }
}
