using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// Reads and writes the arrays inside hot records (offences, charges, extensions) as the generated contract does:
// nulls refused with their index, and the usual single element kept in an array of one rather than a growing list.
internal static class RecordArrays
{
    internal static EquatableArray<T> Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ReadError.WrongType(reader.TokenType, "an array");
        }
        T? first = null;
        List<T>? more = null;
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new ReadError(PolicingJsonErrorKind.NullNotAllowed, "null is not allowed as an element of this array.", $"[{index}]");
            }
            T item;
            try
            {
                item = converter.Read(ref reader, typeof(T), options)!;
            }
            catch (ReadError e)
            {
                throw new ReadError(e.Kind, e.Problem, $"[{index}]{e.Member}", e);
            }
            if (first is null)
            {
                first = item;
            }
            else
            {
                (more ??= [first]).Add(item);
            }
            index++;
        }
        return first is null ? EquatableArray<T>.Empty : more is null ? ImmutableArray.Create(first) : more.ToEquatableArray();
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
