using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// Money as { "amount": 20000, "currency": "GBP", "precision": "approximate" } (plus "upper" for a range and "wording"
// when kept); the amount is read straight into decimal; precision defaults to exact on read and is always written.
internal sealed class MoneyConverter(bool lenient) : JsonConverter<Money>, ISchemaSource
{

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a money object { \"amount\", \"currency\", \"precision\" }");
        decimal? amount = null;
        string? currency = null;
        var figure = new FigureMembers();
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("amount"u8))
            {
                obj.Begin(ref reader, "amount", amount.HasValue);
                amount = obj.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("currency"u8))
            {
                obj.Begin(ref reader, "currency", currency is not null);
                currency = obj.String(ref reader);
            }
            else if (!figure.TryRead(ref obj, ref reader, options, integer: false))
            {
                obj.Unknown(ref reader, "'amount', 'currency', 'precision', 'upper' or 'wording'");
            }
        }
        decimal a = amount ?? throw StrictObject.Missing("amount");
        string c = currency ?? throw StrictObject.Missing("currency");
        Currency parsed;
        try
        {
            parsed = new Currency(c);
        }
        catch (ArgumentException e)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"'{c}' is not an ISO 4217 currency code such as \"GBP\".", "/currency", e);
        }
        if (a < 0m)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"the amount must not be negative; it was {a}.", "/amount");
        }
        return FigureMembers.Build(() => new Money(a, parsed, figure.Precision, figure.Upper, figure.Wording));
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount"u8, value.Amount);
        writer.WriteString("currency"u8, value.Currency.Code);
        FigureMembers.Write(writer, value.Precision, value.Upper, value.Wording, options);
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) =>
        FigureMembers.Schema(SchemaNodes.Object([("amount", SchemaNodes.Decimal()), ("currency", SchemaNodes.String(pattern: "^[A-Z]{3}$")), .. FigureMembers.Properties(schema, integer: false)], "amount", "currency"), "amount", integer: false);
}

// Quantity as { "value": 2.5, "unit": "kilograms", "precision": "exact" }, read into decimal.
internal sealed class QuantityConverter(bool lenient) : JsonConverter<Quantity>, ISchemaSource
{
    private static readonly WireCodeConverter<QuantityUnit> Units = new(excludeDefault: true);

    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a quantity object { \"value\", \"unit\", \"precision\" }");
        decimal? value = null;
        QuantityUnit? unit = null;
        var figure = new FigureMembers();
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                obj.Begin(ref reader, "value", value.HasValue);
                value = obj.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                obj.Begin(ref reader, "unit", unit.HasValue);
                unit = obj.Value(ref reader, Units, options);
            }
            else if (!figure.TryRead(ref obj, ref reader, options, integer: false))
            {
                obj.Unknown(ref reader, "'value', 'unit', 'precision', 'upper' or 'wording'");
            }
        }
        decimal v = value ?? throw StrictObject.Missing("value");
        QuantityUnit u = unit ?? throw StrictObject.Missing("unit");
        return FigureMembers.Build(() => new Quantity(v, u, figure.Precision, figure.Upper, figure.Wording));
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, value.Value);
        writer.WritePropertyName("unit"u8);
        Units.Write(writer, value.Unit, options);
        FigureMembers.Write(writer, value.Precision, value.Upper, value.Wording, options);
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) =>
        FigureMembers.Schema(SchemaNodes.Object([("value", SchemaNodes.Decimal()), ("unit", Units.GetSchema(schema)), .. FigureMembers.Properties(schema, integer: false)], "value", "unit"), "value", integer: false);
}

// ReportedCount as { "value": 30, "precision": "more-than" }.
internal sealed class ReportedCountConverter(bool lenient, bool atLeastOne = false) : JsonConverter<ReportedCount>, ISchemaSource
{
    public override ReportedCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a count object { \"value\", \"precision\" }");
        int? value = null;
        var figure = new FigureMembers();
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                obj.Begin(ref reader, "value", value.HasValue);
                value = obj.Int32(ref reader);
            }
            else if (!figure.TryRead(ref obj, ref reader, options, integer: true))
            {
                obj.Unknown(ref reader, "'value', 'precision', 'upper' or 'wording'");
            }
        }
        int v = value ?? throw StrictObject.Missing("value");
        if (v < 0)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"a count must not be negative; it was {v}.", "/value");
        }
        return FigureMembers.Build(() => new ReportedCount(v, figure.Precision, (int?)figure.Upper, figure.Wording));
    }

    public override void Write(Utf8JsonWriter writer, ReportedCount value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, value.Value);
        FigureMembers.Write(writer, value.Precision, value.Upper, value.Wording, options);
        writer.WriteEndObject();
    }

    // A count of things seized is at least one, unless it is a lower bound ("at least 0" is a vague report) or has no number.
    public JsonNode GetSchema(SchemaBuilder schema)
    {
        JsonObject node = FigureMembers.Schema(SchemaNodes.Object([("value", SchemaNodes.Integer(0)), .. FigureMembers.Properties(schema, integer: true)], "value"), "value", integer: true);
        if (atLeastOne)
        {
            node["anyOf"] = new JsonArray(
                new JsonObject { ["properties"] = new JsonObject { ["value"] = SchemaNodes.Integer(1) } },
                new JsonObject { ["required"] = new JsonArray("precision"), ["properties"] = new JsonObject { ["precision"] = SchemaNodes.Codes(["at-least", "more-than", "unquantified"]) } });
        }
        return node;
    }
}

// Age as { "min": 26, "max": 26 } (an exact age has equal ends; unknown is 0 to 120).
internal sealed class AgeConverter(bool lenient) : JsonConverter<Age>, ISchemaSource
{
    public override Age Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "an age object { \"min\", \"max\" }");
        int? min = null;
        int? max = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("min"u8))
            {
                obj.Begin(ref reader, "min", min.HasValue);
                min = obj.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("max"u8))
            {
                obj.Begin(ref reader, "max", max.HasValue);
                max = obj.Int32(ref reader);
            }
            else
            {
                obj.Unknown(ref reader, "'min' or 'max'");
            }
        }
        int lo = min ?? throw StrictObject.Missing("min");
        int hi = max ?? throw StrictObject.Missing("max");
        if (lo is < 0 or > Age.MaxYears || hi < lo || hi > Age.MaxYears)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"an age must have 0 <= min <= max <= {Age.MaxYears}; it was {lo} to {hi}.");
        }
        return Age.Between(lo, hi);
    }

    public override void Write(Utf8JsonWriter writer, Age value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("min"u8, value.MinYears);
        writer.WriteNumber("max"u8, value.MaxYearsInclusive);
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object([("min", SchemaNodes.Integer(0, Age.MaxYears)), ("max", SchemaNodes.Integer(0, Age.MaxYears))], "min", "max");
}
