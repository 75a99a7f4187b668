using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Converters;

// Instant as an ISO-8601 UTC string such as 2020-10-29T05:00:00Z, exact to the nanosecond; reading also accepts an offset such as +01:00.
internal sealed class InstantConverter : JsonConverter<Instant>, ISchemaSource
{
    internal const string Expected = "an ISO-8601 instant such as \"2020-10-29T05:00:00Z\"";

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<byte> scratch = stackalloc byte[IsoText.MaxStackText];
        ReadOnlySpan<byte> text = scratch[..IsoText.CopyUtf8(ref reader, scratch, Expected)];
        return IsoText.TryParseInstant(text, out Instant value) ? value : throw IsoText.Malformed(Expected, $"'{ReadError.Quote(System.Text.Encoding.UTF8.GetString(text))}' is not one");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[IsoText.MaxInstantLength];
        writer.WriteStringValue(buffer[..IsoText.FormatInstant(value, buffer)]);
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(format: "date-time");
}

// LocalDate as an ISO-8601 date such as 2023-08-27.
internal sealed class LocalDateConverter : JsonConverter<LocalDate>, ISchemaSource
{
    internal const string Expected = "an ISO-8601 date such as \"2023-08-27\"";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<byte> scratch = stackalloc byte[IsoText.MaxStackText];
        ReadOnlySpan<byte> text = scratch[..IsoText.CopyUtf8(ref reader, scratch, Expected)];
        return IsoText.TryParseDate(text, out LocalDate value) ? value : throw IsoText.Malformed(Expected, $"'{ReadError.Quote(System.Text.Encoding.UTF8.GetString(text))}' is not one");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[10];
        writer.WriteStringValue(buffer[..IsoText.FormatDate(value.Year, value.Month, value.Day, buffer)]);
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(format: "date");
}

// LocalTime as an ISO-8601 local time such as 21:00:00 (with a fraction only when not zero).
internal sealed class LocalTimeConverter : JsonConverter<LocalTime>, ISchemaSource
{
    internal const string Expected = "a local time such as \"21:00:00\"";

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<byte> scratch = stackalloc byte[IsoText.MaxStackText];
        ReadOnlySpan<byte> text = scratch[..IsoText.CopyUtf8(ref reader, scratch, Expected)];
        return IsoText.TryParseTime(text, out LocalTime value) ? value : throw IsoText.Malformed(Expected, $"'{ReadError.Quote(System.Text.Encoding.UTF8.GetString(text))}' is not one");
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[18];
        writer.WriteStringValue(buffer[..IsoText.FormatTime(value.Hour, value.Minute, value.Second, value.NanosecondOfSecond, buffer)]);
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(pattern: SchemaNodes.LocalTimePattern);
}

// YearMonth as 2020-05.
internal sealed class YearMonthConverter : JsonConverter<YearMonth>, ISchemaSource
{
    internal const string Expected = "a year and month such as \"2020-05\"";

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<byte> scratch = stackalloc byte[IsoText.MaxStackText];
        ReadOnlySpan<byte> text = scratch[..IsoText.CopyUtf8(ref reader, scratch, Expected)];
        return IsoText.TryParseYearMonth(text, out YearMonth value) ? value : throw IsoText.Malformed(Expected, $"'{ReadError.Quote(System.Text.Encoding.UTF8.GetString(text))}' is not one");
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[7];
        writer.WriteStringValue(buffer[..IsoText.FormatYearMonth(value.Year, value.Month, buffer)]);
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.String(pattern: SchemaNodes.YearMonthPattern);
}

// Interval as { "start": instant, "end": instant }; either end may be omitted for an open interval.
internal sealed class IntervalConverter(bool lenient) : JsonConverter<Interval>, ISchemaSource
{
    private static readonly InstantConverter Instants = new();

    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "an interval object { \"start\", \"end\" }");
        Instant? start = null;
        Instant? end = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                obj.Begin(ref reader, "start", start.HasValue);
                start = obj.Value(ref reader, Instants, options);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                obj.Begin(ref reader, "end", end.HasValue);
                end = obj.Value(ref reader, Instants, options);
            }
            else
            {
                obj.Unknown(ref reader, "'start' or 'end'");
            }
        }
        if (start is { } s && end is { } e && e < s)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, "the interval ends before it starts.", "/end");
        }
        return new Interval(start, end);
    }

    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.HasStart)
        {
            writer.WritePropertyName("start"u8);
            Instants.Write(writer, value.Start, options);
        }
        if (value.HasEnd)
        {
            writer.WritePropertyName("end"u8);
            Instants.Write(writer, value.End, options);
        }
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object([("start", Instants.GetSchema(schema)), ("end", Instants.GetSchema(schema))]);
}

// DateInterval as { "start": date, "end": date }, both inclusive and required.
internal sealed class DateIntervalConverter(bool lenient) : JsonConverter<DateInterval>, ISchemaSource
{
    private static readonly LocalDateConverter Dates = new();

    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var obj = new StrictObject(ref reader, lenient, "a date interval object { \"start\", \"end\" }");
        LocalDate? start = null;
        LocalDate? end = null;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                obj.Begin(ref reader, "start", start.HasValue);
                start = obj.Value(ref reader, Dates, options);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                obj.Begin(ref reader, "end", end.HasValue);
                end = obj.Value(ref reader, Dates, options);
            }
            else
            {
                obj.Unknown(ref reader, "'start' or 'end'");
            }
        }
        LocalDate first = start ?? throw StrictObject.Missing("start");
        LocalDate last = end ?? throw StrictObject.Missing("end");
        if (last < first)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, "the date interval ends before it starts.", "/end");
        }
        return new DateInterval(first, last);
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start"u8);
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end"u8);
        Dates.Write(writer, value.End, options);
        writer.WriteEndObject();
    }

    public JsonNode GetSchema(SchemaBuilder schema) => SchemaNodes.Object([("start", Dates.GetSchema(schema)), ("end", Dates.GetSchema(schema))], "start", "end");
}
