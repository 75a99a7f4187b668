using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// Reads and writes the arrays inside hot records (offences, charges, extensions) as the generated contract does:
// nulls refused with their index, and the usual single element kept in an array of one rather than a growing list.
internal static class RecordArrays
{
    internal static EquatableArray<T> Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, int minItems = 0)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ReadError.WrongType(reader.TokenType, "an array");
        }
        if (reader.CurrentDepth >= PolicingJson.MaxDepth)
        {
            throw ReadError.TooDeep();
        }
        bool hasFirst = false;
        T first = default!;
        List<T>? more = null;
        int index = 0;
        while (true)
        {
            StrictObject.Advance(ref reader, "");
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw ReadError.At(PolicingJsonErrorKind.NullNotAllowed, "null is not allowed as an element of this array.", JsonPointer.Index(index));
            }
            T item;
            try
            {
                item = converter.Read(ref reader, typeof(T), options)!;
            }
            catch (PolicingJsonException e)
            {
                throw e.Under(JsonPointer.Index(index));
            }
            if (!hasFirst)
            {
                first = item;
                hasFirst = true;
            }
            else
            {
                (more ??= [first]).Add(item);
            }
            index++;
        }
        if (index < minItems)
        {
            throw ReadError.At(PolicingJsonErrorKind.InvalidValue, $"the array must hold at least {minItems} item{(minItems == 1 ? "" : "s")}; it holds {index}.");
        }
        return !hasFirst ? EquatableArray<T>.Empty : more is null ? ImmutableArray.Create(first) : more.ToEquatableArray();
    }

    internal static void Write<T>(Utf8JsonWriter writer, JsonEncodedText name, EquatableArray<T> items, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        foreach (T item in items.AsSpan())
        {
            converter.Write(writer, item, options);
        }
        writer.WriteEndArray();
    }
}
