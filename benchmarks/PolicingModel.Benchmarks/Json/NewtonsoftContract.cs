using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PolicingModel.Reference;

namespace PolicingModel.Benchmarks.Json;

/// <summary>
/// The arrest part of the contract written the usual Newtonsoft.Json way, so that it reads and writes the same JSON:
/// camelCase, constructor binding for the records, nulls omitted, unknown members an error, NodaTime values through
/// NodaTime's ISO patterns, codes through <see cref="WireCodes"/>, and outcomes with a leading <c>"kind"</c> read through
/// a <see cref="JObject"/> (Newtonsoft has no discriminator support short of its own <c>$type</c>). Bail conditions are
/// not covered (the benchmark data has none).
/// </summary>
public static class NewtonsoftContract
{
    // Declared first: static fields initialise in order, and the serializers below use them.
    private static readonly RecordContractResolver Resolver = new();
    private static readonly CodeConverter Codes = new();

    /// <summary>The serializer.</summary>
    public static JsonSerializer Serializer { get; } = Create(withOutcomes: true);

    /// <summary>The same without the outcome converter, which reads each outcome's own members with it.</summary>
    private static readonly JsonSerializer KindMembers = Create(withOutcomes: false);

    private static JsonSerializer Create(bool withOutcomes)
    {
        var settings = new JsonSerializerSettings
        {
            ContractResolver = Resolver,
            NullValueHandling = NullValueHandling.Ignore,
            MissingMemberHandling = MissingMemberHandling.Error,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = 32,
            Converters =
            [
                new InstantConverter(), new LocalDateConverter(), new AgeConverter(), new PlaceConverter(), Codes, new IdConverter(),
                new OffenceConverter(), new SubstanceConverter(),
                new EquatableArrayConverter<Arrest>(), new EquatableArrayConverter<SuspectedOffence>(), new EquatableArrayConverter<BailCondition>(),
                new EquatableArrayConverter<BailExtension>(), new EquatableArrayConverter<string>(),
            ],
        };
        if (withOutcomes)
        {
            settings.Converters.Add(new OutcomeConverter());
        }
        return JsonSerializer.Create(settings);
    }

    /// <summary>camelCase; only members a constructor parameter sets (no computed ones such as <see cref="Arrest.PrincipalOffence"/>).</summary>
    private sealed class RecordContractResolver : CamelCasePropertyNamesContractResolver
    {
        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            JsonObjectContract contract = base.CreateObjectContract(objectType);
            ConstructorInfo[] constructors = objectType.GetConstructors();
            HashSet<string> parameters = [.. constructors.SelectMany(c => c.GetParameters()).Select(p => p.Name!)];
            for (int i = contract.Properties.Count - 1; i >= 0; i--)
            {
                if (!parameters.Contains(contract.Properties[i].PropertyName!, StringComparer.OrdinalIgnoreCase))
                {
                    contract.Properties.RemoveAt(i);
                }
            }
            return contract;
        }
    }

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant ReadJson(JsonReader reader, Type objectType, Instant existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            InstantPattern.ExtendedIso.Parse((string)reader.Value!).Value;

        public override void WriteJson(JsonWriter writer, Instant value, JsonSerializer serializer) => writer.WriteValue(InstantPattern.ExtendedIso.Format(value));
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate ReadJson(JsonReader reader, Type objectType, LocalDate existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            LocalDatePattern.Iso.Parse((string)reader.Value!).Value;

        public override void WriteJson(JsonWriter writer, LocalDate value, JsonSerializer serializer) => writer.WriteValue(LocalDatePattern.Iso.Format(value));
    }

    private sealed class AgeConverter : JsonConverter<Age>
    {
        public override Age ReadJson(JsonReader reader, Type objectType, Age existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            int min = 0, max = 0;
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                string name = (string)reader.Value!;
                int value = reader.ReadAsInt32() ?? throw new JsonSerializationException("an age bound must be a number");
                switch (name)
                {
                    case "min":
                        min = value;
                        break;
                    case "max":
                        max = value;
                        break;
                    default:
                        throw new JsonSerializationException($"unknown member '{name}' in an age");
                }
            }
            return Age.Between(min, max);
        }

        public override void WriteJson(JsonWriter writer, Age value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("min");
            writer.WriteValue(value.MinYears);
            writer.WritePropertyName("max");
            writer.WriteValue(value.MaxYearsInclusive);
            writer.WriteEndObject();
        }
    }

    private sealed class PlaceConverter : JsonConverter<Place>
    {
        public override Place? ReadJson(JsonReader reader, Type objectType, Place? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }
            PlacePrecision precision = default;
            PostalAddress? address = null;
            string? locality = null;
            LondonBorough? borough = null;
            PoliceForce force = default;
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                string name = (string)reader.Value!;
                reader.Read();
                switch (name)
                {
                    case "precision":
                        precision = serializer.Deserialize<PlacePrecision>(reader);
                        break;
                    case "address":
                        address = serializer.Deserialize<PostalAddress>(reader);
                        break;
                    case "locality":
                        locality = (string?)reader.Value;
                        break;
                    case "borough":
                        borough = serializer.Deserialize<LondonBorough?>(reader);
                        break;
                    case "force":
                        force = serializer.Deserialize<PoliceForce>(reader);
                        break;
                    default:
                        throw new JsonSerializationException($"unknown member '{name}' in a place");
                }
            }
            return Place.Create(precision, address, locality, borough, force);
        }

        public override void WriteJson(JsonWriter writer, Place? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("precision");
            serializer.Serialize(writer, value!.Precision);
            if (value.Address is { } address)
            {
                writer.WritePropertyName("address");
                serializer.Serialize(writer, address);
            }
            if (value.Locality is { } locality)
            {
                writer.WritePropertyName("locality");
                writer.WriteValue(locality);
            }
            if (value.Borough is { } borough)
            {
                writer.WritePropertyName("borough");
                serializer.Serialize(writer, borough);
            }
            writer.WritePropertyName("force");
            serializer.Serialize(writer, value.Force);
            writer.WriteEndObject();
        }
    }

    /// <summary>Every model enum as its wire code, through per-type tables built once.</summary>
    private sealed class CodeConverter : JsonConverter
    {
        private static readonly MethodInfo ToCode = typeof(WireCodes).GetMethod(nameof(WireCodes.ToCode))!;
        private readonly Dictionary<Type, (Dictionary<object, string> Codes, Dictionary<string, object> Values)> tables = [];

        public override bool CanConvert(Type objectType) => (Nullable.GetUnderlyingType(objectType) ?? objectType) is { IsEnum: true, Namespace: "PolicingModel" };

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : Table(Nullable.GetUnderlyingType(objectType) ?? objectType).Values[(string)reader.Value!];

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => writer.WriteValue(Table(value!.GetType()).Codes[value]);

        private (Dictionary<object, string> Codes, Dictionary<string, object> Values) Table(Type type)
        {
            lock (tables)
            {
                if (!tables.TryGetValue(type, out var table))
                {
                    MethodInfo toCode = ToCode.MakeGenericMethod(type);
                    Dictionary<object, string> codes = Enum.GetValues(type).Cast<object>().ToDictionary(v => v, v => (string)toCode.Invoke(null, [v])!);
                    table = (codes, codes.ToDictionary(c => c.Value, c => c.Key));
                    tables[type] = table;
                }
                return table;
            }
        }
    }

    /// <summary>Strongly typed ids as their text.</summary>
    private sealed class IdConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => typeof(IIdentifier).IsAssignableFrom(Nullable.GetUnderlyingType(objectType) ?? objectType);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : Activator.CreateInstance(Nullable.GetUnderlyingType(objectType) ?? objectType, (string)reader.Value!);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => writer.WriteValue(((IIdentifier)value!).Value);
    }

    private sealed class OffenceConverter : JsonConverter<Offence>
    {
        public override Offence ReadJson(JsonReader reader, Type objectType, Offence? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            Offences.FromCode((string)reader.Value!);

        public override void WriteJson(JsonWriter writer, Offence? value, JsonSerializer serializer) => writer.WriteValue(value!.Code);
    }

    private sealed class SubstanceConverter : JsonConverter<Substance>
    {
        public override Substance? ReadJson(JsonReader reader, Type objectType, Substance? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : Substances.FromCode((string)reader.Value!);

        public override void WriteJson(JsonWriter writer, Substance? value, JsonSerializer serializer) => writer.WriteValue(value!.Code);
    }

    /// <summary>Outcomes with their kind first; read by loading the object and dispatching on "kind".</summary>
    private sealed class OutcomeConverter : JsonConverter
    {
        private static readonly Dictionary<string, Type> Types = new()
        {
            ["remains-in-custody"] = typeof(RemainsInCustody),
            ["charged"] = typeof(Charged),
            ["bailed"] = typeof(Bailed),
            ["released-under-investigation"] = typeof(ReleasedUnderInvestigation),
            ["cautioned"] = typeof(Cautioned),
            ["community-resolution"] = typeof(CommunityResolution),
            ["no-further-action"] = typeof(NoFurtherAction),
            ["recalled-to-prison"] = typeof(RecalledToPrison),
        };

        private static readonly Dictionary<Type, string> Kinds = Types.ToDictionary(t => t.Value, t => t.Key);

        public override bool CanConvert(Type objectType) => typeof(ArrestOutcome).IsAssignableFrom(objectType);

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            JObject outcome = JObject.Load(reader);
            Type type = Types[(string)outcome["kind"]!];
            outcome.Remove("kind");
            return (ArrestOutcome)outcome.ToObject(type, KindMembers)!;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kind");
            writer.WriteValue(Kinds[value!.GetType()]);
            var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(value.GetType());
            foreach (JsonProperty property in contract.Properties)
            {
                object? member = property.ValueProvider!.GetValue(value);
                if (member is not null)
                {
                    writer.WritePropertyName(property.PropertyName!);
                    serializer.Serialize(writer, member);
                }
            }
            writer.WriteEndObject();
        }
    }

    private sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> ReadJson(JsonReader reader, Type objectType, EquatableArray<T> existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            serializer.Deserialize<List<T>>(reader)!.ToEquatableArray();

        public override void WriteJson(JsonWriter writer, EquatableArray<T> value, JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (T item in value)
            {
                serializer.Serialize(writer, item);
            }
            writer.WriteEndArray();
        }
    }
}
