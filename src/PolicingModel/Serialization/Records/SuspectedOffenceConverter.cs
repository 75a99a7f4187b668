using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Records;

// SuspectedOffence by hand, for ArrestConverter: offence code, inchoate form, drug class, substance.
internal sealed class SuspectedOffenceConverter(PolicingConverters c) : JsonConverter<SuspectedOffence>, ISchemaSource
{
    private static readonly JsonEncodedText Offence = JsonEncodedText.Encode("offence");
    private static readonly JsonEncodedText Form = JsonEncodedText.Encode("form");
    private static readonly JsonEncodedText DrugClass = JsonEncodedText.Encode("drugClass");
    private static readonly JsonEncodedText Substance = JsonEncodedText.Encode("substance");

    public override SuspectedOffence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, c.IsLenient, "a suspected offence object");
        int seen = 0;
        Offence? offence = null;
        InchoateForm form = InchoateForm.None;
        DrugClass? drugClass = null;
        Substance? substance = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Offence.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "offence", StrictObject.Seen(ref seen, 1));
                offence = obj.Value(ref reader, c.Offences, options);
            }
            else if (reader.ValueTextEquals(Form.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "form", StrictObject.Seen(ref seen, 2));
                form = obj.Value(ref reader, PolicingConverters.Forms, options);
            }
            else if (reader.ValueTextEquals(DrugClass.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "drugClass", StrictObject.Seen(ref seen, 4));
                drugClass = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.DrugClasses, options);
            }
            else if (reader.ValueTextEquals(Substance.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "substance", StrictObject.Seen(ref seen, 8));
                substance = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, c.Substances, options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of a suspected offence");
            }
        }
        try
        {
            return new SuspectedOffence(offence ?? throw StrictObject.Missing("offence"), form, drugClass, substance);
        }
        catch (ArgumentException e)
        {
            throw ReadError.Invalid(e);
        }
    }

    public override void Write(Utf8JsonWriter writer, SuspectedOffence value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Offence);
        c.Offences.Write(writer, value.Offence, options);
        writer.WritePropertyName(Form);
        PolicingConverters.Forms.Write(writer, value.Form, options);
        if (value.DrugClass is { } drugClass)
        {
            writer.WritePropertyName(DrugClass);
            PolicingConverters.DrugClasses.Write(writer, drugClass, options);
        }
        if (value.Substance is { } substance)
        {
            writer.WritePropertyName(Substance);
            c.Substances.Write(writer, substance, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => schema.Ref("SuspectedOffence", () => SchemaNodes.Object(
        [
            ("offence", schema.Of(c.Offences)),
            ("form", schema.Of(PolicingConverters.Forms)),
            ("drugClass", SchemaNodes.Nullable(schema.Of(PolicingConverters.DrugClasses))),
            ("substance", SchemaNodes.Nullable(schema.Of(c.Substances))),
        ],
        "offence"));
}
