using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// CustodyDetails by hand, for ArrestConverter: arrival at the station, station, circumstance, entry into England and Wales.
internal sealed class CustodyDetailsConverter : JsonConverter<CustodyDetails>
{
    private static readonly JsonEncodedText ArrivedAtStationAt = JsonEncodedText.Encode("arrivedAtStationAt");
    private static readonly JsonEncodedText Station = JsonEncodedText.Encode("station");
    private static readonly JsonEncodedText Circumstance = JsonEncodedText.Encode("circumstance");
    private static readonly JsonEncodedText EnteredEnglandAndWalesAt = JsonEncodedText.Encode("enteredEnglandAndWalesAt");

    public override CustodyDetails Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, options, "a custody object");
        int seen = 0;
        Instant arrived = default;
        string? station = null;
        DetentionCircumstance circumstance = DetentionCircumstance.Standard;
        Instant? entered = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(ArrivedAtStationAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "arrivedAtStationAt", StrictObject.Seen(ref seen, 1));
                arrived = obj.Value(ref reader, PolicingConverters.Instants, options);
            }
            else if (reader.ValueTextEquals(Station.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "station", StrictObject.Seen(ref seen, 2));
                station = obj.OptionalString(ref reader);
            }
            else if (reader.ValueTextEquals(Circumstance.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "circumstance", StrictObject.Seen(ref seen, 4));
                circumstance = obj.Value(ref reader, PolicingConverters.Circumstances, options);
            }
            else if (reader.ValueTextEquals(EnteredEnglandAndWalesAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "enteredEnglandAndWalesAt", StrictObject.Seen(ref seen, 8));
                entered = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Instants, options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of custody details");
            }
        }
        if ((seen & 1) == 0)
        {
            throw StrictObject.Missing("arrivedAtStationAt");
        }
        return new CustodyDetails(arrived, station, circumstance, entered);
    }

    public override void Write(Utf8JsonWriter writer, CustodyDetails value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(ArrivedAtStationAt);
        PolicingConverters.Instants.Write(writer, value.ArrivedAtStationAt, options);
        if (value.Station is { } station)
        {
            writer.WriteString(Station, station);
        }
        writer.WritePropertyName(Circumstance);
        PolicingConverters.Circumstances.Write(writer, value.Circumstance, options);
        if (value.EnteredEnglandAndWalesAt is { } entered)
        {
            writer.WritePropertyName(EnteredEnglandAndWalesAt);
            PolicingConverters.Instants.Write(writer, entered, options);
        }
        writer.WriteEndObject();
    }
}
