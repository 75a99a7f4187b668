using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Records;

// Arrest, the record read and written by the million, by hand: the same members, order, strictness and
// bytes as the generated contract (a differential test holds them to it), without the generic machinery's boxed
// constructor arguments and per-object bookkeeping. Only the strict options use it; when it refuses a document,
// PolicingJson reads the document again with the generated contract to report the error exactly.
internal sealed class ArrestConverter(PolicingConverters c) : JsonConverter<Arrest>, ISchemaSource
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ArrestedAt = JsonEncodedText.Encode("arrestedAt");
    private static readonly JsonEncodedText Person = JsonEncodedText.Encode("person");
    private static readonly JsonEncodedText Offences = JsonEncodedText.Encode("offences");
    private static readonly JsonEncodedText Force = JsonEncodedText.Encode("force");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Warrant = JsonEncodedText.Encode("warrant");
    private static readonly JsonEncodedText Custody = JsonEncodedText.Encode("custody");
    private static readonly JsonEncodedText TimeKnown = JsonEncodedText.Encode("timeKnown");

    public override Arrest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, c.IsLenient, "an arrest object");
        int seen = 0;
        ArrestId id = default;
        Instant arrestedAt = default;
        TimeKnown timeKnown = PolicingModel.TimeKnown.Exact;
        ArrestedPerson? person = null;
        EquatableArray<SuspectedOffence> offences = default;
        PoliceForce force = default;
        ArrestOutcome? outcome = null;
        Place? location = null;
        WarrantId? warrant = null;
        CustodyDetails? custody = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Id.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "id", StrictObject.Seen(ref seen, 1));
                id = obj.Value(ref reader, PolicingConverters.ArrestIds, options);
            }
            else if (reader.ValueTextEquals(ArrestedAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "arrestedAt", StrictObject.Seen(ref seen, 2));
                arrestedAt = obj.Value(ref reader, PolicingConverters.Instants, options);
            }
            else if (reader.ValueTextEquals(Person.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "person", StrictObject.Seen(ref seen, 4));
                person = obj.Value(ref reader, c.People, options);
            }
            else if (reader.ValueTextEquals(Offences.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "offences", StrictObject.Seen(ref seen, 8));
                offences = obj.Array(ref reader, c.SuspectedOffences, options, minItems: 1);
            }
            else if (reader.ValueTextEquals(Force.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "force", StrictObject.Seen(ref seen, 16));
                force = obj.Value(ref reader, PolicingConverters.Forces, options);
            }
            else if (reader.ValueTextEquals(Outcome.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "outcome", StrictObject.Seen(ref seen, 32));
                outcome = obj.Value(ref reader, c.Outcomes, options);
            }
            else if (reader.ValueTextEquals(Location.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "location", StrictObject.Seen(ref seen, 64));
                location = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, c.Places, options);
            }
            else if (reader.ValueTextEquals(Warrant.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "warrant", StrictObject.Seen(ref seen, 128));
                warrant = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.WarrantIds, options);
            }
            else if (reader.ValueTextEquals(Custody.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "custody", StrictObject.Seen(ref seen, 256));
                custody = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, c.Custody, options);
            }
            else if (reader.ValueTextEquals(TimeKnown.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "timeKnown", StrictObject.Seen(ref seen, 512));
                timeKnown = obj.Value(ref reader, PolicingConverters.TimesKnown, options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of an arrest");
            }
        }
        if ((seen & 63) != 63)
        {
            throw StrictObject.Missing((seen & 1) == 0 ? "id" : (seen & 2) == 0 ? "arrestedAt" : (seen & 4) == 0 ? "person" : (seen & 8) == 0 ? "offences" : (seen & 16) == 0 ? "force" : "outcome");
        }
        try
        {
            return new Arrest(id, arrestedAt, person!, offences, force, outcome!, location, warrant, custody, timeKnown);
        }
        catch (ArgumentException e)
        {
            throw ReadError.Invalid(e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Arrest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, value.Id.Value);
        writer.WritePropertyName(ArrestedAt);
        PolicingConverters.Instants.Write(writer, value.ArrestedAt, options);
        writer.WritePropertyName(Person);
        c.People.Write(writer, value.Person, options);
        RecordArrays.Write(writer, Offences, value.Offences, c.SuspectedOffences, options);
        writer.WritePropertyName(Force);
        PolicingConverters.Forces.Write(writer, value.Force, options);
        writer.WritePropertyName(Outcome);
        c.Outcomes.Write(writer, value.Outcome, options);
        if (value.Location is { } location)
        {
            writer.WritePropertyName(Location);
            c.Places.Write(writer, location, options);
        }
        if (value.Warrant is { } warrant)
        {
            writer.WriteString(Warrant, warrant.Value);
        }
        if (value.Custody is { } custody)
        {
            writer.WritePropertyName(Custody);
            c.Custody.Write(writer, custody, options);
        }
        // Written only when the time is not exact, so documents with exact times are unchanged.
        if (value.TimeKnown != PolicingModel.TimeKnown.Exact)
        {
            writer.WritePropertyName(TimeKnown);
            PolicingConverters.TimesKnown.Write(writer, value.TimeKnown, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => schema.Ref("Arrest", () => SchemaNodes.Object(
        [
            ("id", schema.Of(PolicingConverters.ArrestIds)),
            ("arrestedAt", schema.Of(PolicingConverters.Instants)),
            ("person", schema.Of(c.People)),
            ("offences", SchemaNodes.Array(schema.Of(c.SuspectedOffences), minItems: 1)),
            ("force", schema.Of(PolicingConverters.Forces)),
            ("outcome", schema.Of(c.Outcomes)),
            ("location", SchemaNodes.Nullable(schema.Of(c.Places))),
            ("warrant", SchemaNodes.Nullable(schema.Of(PolicingConverters.WarrantIds))),
            ("custody", SchemaNodes.Nullable(schema.Of(c.Custody))),
            ("timeKnown", schema.Of(PolicingConverters.TimesKnown)),
        ],
        "id", "arrestedAt", "person", "offences", "force", "outcome"));
}
