using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Schema;

namespace PolicingModel.Serialization.Contract;

// One member of a record in the contract: its JSON name, whether a document must have it, and how its value is read,
// written and described. The same description drives the reader, the writer and the schema, so the three agree.
internal abstract class Member<TRecord>(string name, bool required)
    where TRecord : class
{
    internal string Name { get; } = name;

    internal JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

    internal bool Required { get; } = required;

    // The member's position in its record's list, set when the record defines its members.
    internal int Index { get; set; }

    // Reads the value under the reader (already on it), boxed; null only where the member allows null.
    internal abstract object? Read(ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options);

    // Writes the member's name and value, unless the value is absent and the member is left out when absent.
    internal abstract void Write(Utf8JsonWriter writer, TRecord record, JsonSerializerOptions options);

    internal abstract JsonNode Schema(SchemaBuilder schema);
}

// A member whose record property has type TProperty: From takes its value out of what was read.
internal abstract class Member<TRecord, TProperty>(string name, bool required, TProperty defaultValue)
    : Member<TRecord>(name, required)
    where TRecord : class
{
    internal TProperty From(object?[] values) => values[Index] is { } value ? (TProperty)value : defaultValue;
}

// A value that is always present: required, or optional with a default that is written like any other value.
internal sealed class ValueMember<TRecord, TValue>(string name, JsonConverter<TValue> converter, Func<TRecord, TValue> get, bool required = true, TValue defaultValue = default!)
    : Member<TRecord, TValue>(name, required, defaultValue)
    where TRecord : class
{
    internal override object? Read(ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options) =>
        obj.Value(ref reader, converter, options);

    internal override void Write(Utf8JsonWriter writer, TRecord record, JsonSerializerOptions options)
    {
        writer.WritePropertyName(EncodedName);
        converter.Write(writer, get(record), options);
    }

    internal override JsonNode Schema(SchemaBuilder schema) => schema.Of(converter);
}

// An optional value type (TValue?): null or absent for none; left out when none, or written as null when alwaysWritten.
internal sealed class OptionalMember<TRecord, TValue>(string name, JsonConverter<TValue> converter, Func<TRecord, TValue?> get, bool alwaysWritten = false)
    : Member<TRecord, TValue?>(name, required: false, defaultValue: null)
    where TRecord : class
    where TValue : struct
{
    internal override object? Read(ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options) =>
        obj.Optional(ref reader, converter, options);

    internal override void Write(Utf8JsonWriter writer, TRecord record, JsonSerializerOptions options)
    {
        if (get(record) is { } value)
        {
            writer.WritePropertyName(EncodedName);
            converter.Write(writer, value, options);
        }
        else if (alwaysWritten)
        {
            writer.WriteNull(EncodedName);
        }
    }

    internal override JsonNode Schema(SchemaBuilder schema) => SchemaNodes.Nullable(schema.Of(converter));
}

// An optional reference (TValue?): null or absent for none; left out when none.
internal sealed class OptionalObjectMember<TRecord, TValue>(string name, JsonConverter<TValue> converter, Func<TRecord, TValue?> get)
    : Member<TRecord, TValue?>(name, required: false, defaultValue: null)
    where TRecord : class
    where TValue : class
{
    internal override object? Read(ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options) =>
        obj.OptionalObject(ref reader, converter, options);

    internal override void Write(Utf8JsonWriter writer, TRecord record, JsonSerializerOptions options)
    {
        if (get(record) is { } value)
        {
            writer.WritePropertyName(EncodedName);
            converter.Write(writer, value, options);
        }
    }

    internal override JsonNode Schema(SchemaBuilder schema) => SchemaNodes.Nullable(schema.Of(converter));
}

// An array, always written (as [] when empty); absent reads as empty unless the member is required; elements are
// never null, and at least minItems of them.
internal sealed class ListMember<TRecord, TElement>(string name, JsonConverter<TElement> converter, Func<TRecord, EquatableArray<TElement>> get, bool required = false, int minItems = 0)
    : Member<TRecord, EquatableArray<TElement>>(name, required, defaultValue: default)
    where TRecord : class
{
    internal override object? Read(ref Utf8JsonReader reader, in StrictObject obj, JsonSerializerOptions options) =>
        obj.Array(ref reader, converter, options, minItems);

    internal override void Write(Utf8JsonWriter writer, TRecord record, JsonSerializerOptions options)
    {
        writer.WriteStartArray(EncodedName);
        foreach (TElement item in get(record).AsSpan())
        {
            converter.Write(writer, item, options);
        }
        writer.WriteEndArray();
    }

    internal override JsonNode Schema(SchemaBuilder schema)
    {
        var node = new JsonObject { ["type"] = "array", ["items"] = schema.Of(converter) };
        if (minItems > 0)
        {
            node["minItems"] = minItems;
        }
        return node;
    }
}
