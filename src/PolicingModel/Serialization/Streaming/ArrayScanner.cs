using System.Text.Json;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Streaming;

/// <summary>
/// Finds the elements of a top-level JSON array in a <see cref="StreamBuffer"/> without deserialising them: each call
/// either asks for more bytes, or reports one complete element (its bytes can then be read on their own), progress
/// past punctuation, or the end of the array. The tokenizer state carries over between buffers.
/// </summary>
internal sealed class ArrayScanner
{
    private JsonReaderState state = new(new JsonReaderOptions { MaxDepth = PolicingJson.MaxDepth });
    private bool started;
    private bool ended;

    internal enum Step
    {
        NeedMore,
        Progress,
        Element,
        End,
    }

    internal long Index { get; set; }

    internal int ElementStart { get; private set; }

    internal int ElementLength { get; private set; }

    internal int Consumed { get; private set; }

    internal Step Next(StreamBuffer buffer)
    {
        try
        {
            return Scan(buffer.Span, buffer.EndOfStream);
        }
        catch (JsonException e) when (e is not PolicingJsonException)
        {
            if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
            {
                throw new PolicingJsonException(PolicingJsonErrorKind.TooDeep, started ? $"$[{Index}]" : "$", $"the document nests deeper than the maximum of {PolicingJson.MaxDepth} levels.", e);
            }
            throw new PolicingJsonException(PolicingJsonErrorKind.Syntax, started ? $"$[{Index}]" : "$", $"the text is not valid JSON: {e.Message}", e);
        }
    }

    private Step Scan(ReadOnlySpan<byte> bytes, bool final)
    {
        var reader = new Utf8JsonReader(bytes, final, state);
        if (ended)
        {
            // Only white space may follow the array; the reader rejects anything else.
            if (reader.Read())
            {
                throw new PolicingJsonException(PolicingJsonErrorKind.Syntax, "$", "only white space may follow the top-level array.");
            }
            return final ? Step.End : Need(reader);
        }
        if (!reader.Read())
        {
            return final ? throw Truncated() : Need(reader);
        }
        if (!started)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new PolicingJsonException(PolicingJsonErrorKind.WrongType, "$", $"expected a JSON array of records, but found {ReadError.Describe(reader.TokenType)}.");
            }
            started = true;
            return Advance(reader, Step.Progress);
        }
        switch (reader.TokenType)
        {
            case JsonTokenType.EndArray:
                ended = true;
                return Advance(reader, Step.Progress);
            case JsonTokenType.StartObject:
                int start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return final ? throw Truncated() : Step.NeedMore;
                }
                ElementStart = start;
                ElementLength = (int)reader.BytesConsumed - start;
                return Advance(reader, Step.Element);
            case JsonTokenType.Null:
                throw new PolicingJsonException(PolicingJsonErrorKind.NullNotAllowed, $"$[{Index}]", "null is not allowed as an element of this array.");
            default:
                throw new PolicingJsonException(PolicingJsonErrorKind.WrongType, $"$[{Index}]", $"expected an object, but found {ReadError.Describe(reader.TokenType)}.");
        }
    }

    private Step Need(Utf8JsonReader reader)
    {
        // Keep what the reader consumed (white space, commas) so the buffer can be compacted.
        state = reader.CurrentState;
        Consumed = (int)reader.BytesConsumed;
        return Consumed > 0 ? Step.Progress : Step.NeedMore;
    }

    private Step Advance(Utf8JsonReader reader, Step step)
    {
        state = reader.CurrentState;
        Consumed = (int)reader.BytesConsumed;
        return step;
    }

    private PolicingJsonException Truncated() =>
        new(PolicingJsonErrorKind.Syntax, started ? $"$[{Index}]" : "$", "the stream ended before the array was closed.");
}
