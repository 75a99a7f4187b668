using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// ArrestOutcome by hand, for ArrestConverter: "kind" first (as the generated
// polymorphism requires), then the members of that kind.
internal sealed class ArrestOutcomeConverter : JsonConverter<ArrestOutcome>
{
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode(PolymorphicKinds.PropertyName);
    private static readonly JsonEncodedText Charges = JsonEncodedText.Encode("charges");
    private static readonly JsonEncodedText ChargedAt = JsonEncodedText.Encode("chargedAt");
    private static readonly JsonEncodedText RemandedInCustody = JsonEncodedText.Encode("remandedInCustody");
    private static readonly JsonEncodedText Bail = JsonEncodedText.Encode("bail");
    private static readonly JsonEncodedText Conditional = JsonEncodedText.Encode("conditional");
    private static readonly JsonEncodedText ReleasedAt = JsonEncodedText.Encode("releasedAt");

    private static readonly Dictionary<Type, JsonEncodedText> KindOf =
        PolymorphicKinds.ArrestOutcomes.ToDictionary(k => k.Type, k => JsonEncodedText.Encode(k.Kind));

    private static readonly Utf8Codes<Type> Kinds = new(PolymorphicKinds.ArrestOutcomes.Select(k => (k.Kind, k.Type)));

    public override ArrestOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, options, "an outcome object starting with \"kind\"");
        if (!obj.NextMember(ref reader) || !reader.ValueTextEquals(Kind.EncodedUtf8Bytes))
        {
            throw new ReadError(PolicingJsonErrorKind.UnknownKind, "an outcome must start with its \"kind\".");
        }
        obj.Begin(ref reader, "kind", seen: false);
        if (reader.TokenType != JsonTokenType.String || !Kinds.TryRead(ref reader, out Type? kind))
        {
            throw new ReadError(PolicingJsonErrorKind.UnknownKind, "not a known outcome kind.", ".kind");
        }
        return kind == typeof(Charged) ? ReadCharged(ref reader, obj, options)
            : kind == typeof(Bailed) ? ReadBailed(ref reader, obj, options)
            : kind == typeof(Cautioned) ? ReadCautioned(ref reader, obj)
            : kind == typeof(ReleasedUnderInvestigation) ? ReadReleased(ref reader, obj, options)
            : Empty(ref reader, obj, kind);
    }

    private static ArrestOutcome Empty(ref Utf8JsonReader reader, StrictObject obj, Type kind)
    {
        while (obj.NextMember(ref reader))
        {
            obj.Unknown(ref reader, "no other member for this kind");
        }
        return kind == typeof(RemainsInCustody) ? new RemainsInCustody()
            : kind == typeof(CommunityResolution) ? new CommunityResolution()
            : kind == typeof(NoFurtherAction) ? new NoFurtherAction()
            : kind == typeof(RecalledToPrison) ? new RecalledToPrison()
            : throw new ReadError(PolicingJsonErrorKind.UnknownKind, $"no reader for the outcome kind {kind.Name}.");
    }

    private static Charged ReadCharged(ref Utf8JsonReader reader, StrictObject obj, JsonSerializerOptions options)
    {
        int seen = 0;
        EquatableArray<SuspectedOffence> charges = default;
        Instant? chargedAt = null;
        bool remanded = false;
        Bail? bail = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Charges.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "charges", StrictObject.Seen(ref seen, 1));
                charges = obj.Array(ref reader, PolicingConverters.SuspectedOffences, options);
            }
            else if (reader.ValueTextEquals(ChargedAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "chargedAt", StrictObject.Seen(ref seen, 2));
                chargedAt = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Instants, options);
            }
            else if (reader.ValueTextEquals(RemandedInCustody.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "remandedInCustody", StrictObject.Seen(ref seen, 4));
                remanded = obj.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals(Bail.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "bail", StrictObject.Seen(ref seen, 8));
                bail = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Bails, options);
            }
            else
            {
                obj.Unknown(ref reader, "'charges', 'chargedAt', 'remandedInCustody' or 'bail'");
            }
        }
        return new Charged(charges, chargedAt, remanded, bail);
    }

    private static Bailed ReadBailed(ref Utf8JsonReader reader, StrictObject obj, JsonSerializerOptions options)
    {
        Bail? bail = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Bail.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "bail", bail is not null);
                bail = obj.Value(ref reader, PolicingConverters.Bails, options);
            }
            else
            {
                obj.Unknown(ref reader, "'bail'");
            }
        }
        return new Bailed(bail ?? throw StrictObject.Missing("bail"));
    }

    private static Cautioned ReadCautioned(ref Utf8JsonReader reader, StrictObject obj)
    {
        int seen = 0;
        bool conditional = false;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Conditional.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "conditional", StrictObject.Seen(ref seen, 1));
                conditional = obj.Boolean(ref reader);
            }
            else
            {
                obj.Unknown(ref reader, "'conditional'");
            }
        }
        return new Cautioned(conditional);
    }

    private static ReleasedUnderInvestigation ReadReleased(ref Utf8JsonReader reader, StrictObject obj, JsonSerializerOptions options)
    {
        int seen = 0;
        Instant? releasedAt = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(ReleasedAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "releasedAt", StrictObject.Seen(ref seen, 1));
                releasedAt = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, PolicingConverters.Instants, options);
            }
            else
            {
                obj.Unknown(ref reader, "'releasedAt'");
            }
        }
        return new ReleasedUnderInvestigation(releasedAt);
    }

    public override void Write(Utf8JsonWriter writer, ArrestOutcome value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Kind, KindOf.TryGetValue(value.GetType(), out JsonEncodedText kind) ? kind : throw new JsonException($"{value.GetType().Name} is not a known outcome kind."));
        switch (value)
        {
            case Charged charged:
                RecordArrays.Write(writer, Charges, charged.Charges, PolicingConverters.SuspectedOffences, options);
                if (charged.ChargedAt is { } at)
                {
                    writer.WritePropertyName(ChargedAt);
                    PolicingConverters.Instants.Write(writer, at, options);
                }
                writer.WriteBoolean(RemandedInCustody, charged.RemandedInCustody);
                if (charged.Bail is { } bail)
                {
                    writer.WritePropertyName(Bail);
                    PolicingConverters.Bails.Write(writer, bail, options);
                }
                break;
            case Bailed bailed:
                writer.WritePropertyName(Bail);
                PolicingConverters.Bails.Write(writer, bailed.Bail, options);
                break;
            case Cautioned cautioned:
                writer.WriteBoolean(Conditional, cautioned.Conditional);
                break;
            case ReleasedUnderInvestigation { ReleasedAt: { } releasedAt }:
                writer.WritePropertyName(ReleasedAt);
                PolicingConverters.Instants.Write(writer, releasedAt, options);
                break;
        }
        writer.WriteEndObject();
    }
}
