using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Records;

// ArrestedPerson by hand, for ArrestConverter: age, sex, home area, both ethnicities, id and identifiers.
internal sealed class ArrestedPersonConverter(PolicingConverters c) : JsonConverter<ArrestedPerson>, ISchemaSource
{
    private static readonly JsonEncodedText Age = JsonEncodedText.Encode("age");
    private static readonly JsonEncodedText Sex = JsonEncodedText.Encode("sex");
    private static readonly JsonEncodedText HomeArea = JsonEncodedText.Encode("homeArea");
    private static readonly JsonEncodedText SelfDefined = JsonEncodedText.Encode("selfDefinedEthnicity");
    private static readonly JsonEncodedText OfficerDefined = JsonEncodedText.Encode("officerDefinedEthnicity");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Identifiers = JsonEncodedText.Encode("identifiers");

    public override ArrestedPerson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, c.IsLenient, "a person object");
        int seen = 0;
        Age age = default;
        Sex sex = default;
        Place? homeArea = null;
        SelfDefinedEthnicity selfDefined = SelfDefinedEthnicity.NotStated;
        OfficerDefinedEthnicity officerDefined = OfficerDefinedEthnicity.Unknown;
        PersonId? id = null;
        PersonalIdentifiers? identifiers = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Age.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "age", StrictObject.Seen(ref seen, 1));
                age = obj.Value(ref reader, c.Ages, options);
            }
            else if (reader.ValueTextEquals(Sex.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "sex", StrictObject.Seen(ref seen, 2));
                sex = obj.Value(ref reader, PolicingConverters.Sexes, options);
            }
            else if (reader.ValueTextEquals(HomeArea.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "homeArea", StrictObject.Seen(ref seen, 4));
                homeArea = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, c.Places, options);
            }
            else if (reader.ValueTextEquals(SelfDefined.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "selfDefinedEthnicity", StrictObject.Seen(ref seen, 8));
                selfDefined = obj.Value(ref reader, PolicingConverters.SelfDefined, options);
            }
            else if (reader.ValueTextEquals(OfficerDefined.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "officerDefinedEthnicity", StrictObject.Seen(ref seen, 16));
                officerDefined = obj.Value(ref reader, PolicingConverters.OfficerDefined, options);
            }
            else if (reader.ValueTextEquals(Id.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "id", StrictObject.Seen(ref seen, 32));
                id = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.PersonIds, options);
            }
            else if (reader.ValueTextEquals(Identifiers.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "identifiers", StrictObject.Seen(ref seen, 64));
                identifiers = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, c.Identifiers, options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of a person");
            }
        }
        if ((seen & 3) != 3)
        {
            throw StrictObject.Missing((seen & 1) == 0 ? "age" : "sex");
        }
        try
        {
            return new ArrestedPerson(age, sex, homeArea, selfDefined, officerDefined, id, identifiers);
        }
        catch (ArgumentException e)
        {
            throw ReadError.Invalid(e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ArrestedPerson value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Age);
        c.Ages.Write(writer, value.Age, options);
        writer.WritePropertyName(Sex);
        PolicingConverters.Sexes.Write(writer, value.Sex, options);
        if (value.HomeArea is { } homeArea)
        {
            writer.WritePropertyName(HomeArea);
            c.Places.Write(writer, homeArea, options);
        }
        writer.WritePropertyName(SelfDefined);
        PolicingConverters.SelfDefined.Write(writer, value.SelfDefinedEthnicity, options);
        writer.WritePropertyName(OfficerDefined);
        PolicingConverters.OfficerDefined.Write(writer, value.OfficerDefinedEthnicity, options);
        if (value.Id is { } id)
        {
            writer.WriteString(Id, id.Value);
        }
        if (value.Identifiers is { } identifiers)
        {
            writer.WritePropertyName(Identifiers);
            c.Identifiers.Write(writer, identifiers, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => schema.Ref("ArrestedPerson", () => SchemaNodes.Object(
        [
            ("age", schema.Of(c.Ages)),
            ("sex", schema.Of(PolicingConverters.Sexes)),
            ("homeArea", SchemaNodes.Nullable(schema.Of(c.Places))),
            ("selfDefinedEthnicity", schema.Of(PolicingConverters.SelfDefined)),
            ("officerDefinedEthnicity", schema.Of(PolicingConverters.OfficerDefined)),
            ("id", SchemaNodes.Nullable(schema.Of(PolicingConverters.PersonIds))),
            ("identifiers", SchemaNodes.Nullable(schema.Of(c.Identifiers))),
        ],
        "age", "sex"));
}
