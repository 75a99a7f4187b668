using System.Text.Json;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Streaming;

// The punctuation of a top-level JSON array read from a stream: [, the commas between elements and ],
// with white space anywhere and only white space after. It finds where each element starts and leaves the element
// itself to ElementReader<T>, so each element's bytes are tokenised once, not once to find its end and
// again to read it.
internal sealed class ArrayFraming
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private State state = State.Start;

    internal enum Step
    {
        // Every available byte was punctuation or white space; read more.
        NeedMore,

        // An element (an object) starts at the first unconsumed byte.
        Element,

        // The array is closed and the stream has ended.
        End,
    }

    private enum State
    {
        Start,
        BeforeFirstElement,
        AfterElement,
        AfterComma,
        Ended,
    }

    // Called once the element reported by Step.Element has been read.
    internal void ElementRead() => state = State.AfterElement;

    // Consumes punctuation and white space from bytes, up to the next element or the end.
    // bytes: The unconsumed bytes.
    // final: True when the stream has no more bytes.
    // index: The index the next element would have (for error paths).
    // consumed: How many bytes were consumed.
    internal Step Next(ReadOnlySpan<byte> bytes, bool final, long index, out int consumed)
    {
        consumed = 0;
        if (state == State.Start && bytes.StartsWith(ByteOrderMark))
        {
            consumed = ByteOrderMark.Length;
        }
        while (true)
        {
            while (consumed < bytes.Length && bytes[consumed] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                consumed++;
            }
            if (consumed == bytes.Length)
            {
                if (!final)
                {
                    return Step.NeedMore;
                }
                return state == State.Ended ? Step.End
                    : throw new PolicingJsonException(PolicingJsonErrorKind.Syntax, state == State.Start ? "" : $"/{index}", state == State.Start ? "the stream is empty; expected a JSON array." : "the stream ended before the array was closed.");
            }
            byte next = bytes[consumed];
            switch (state)
            {
                case State.Start when next == (byte)'[':
                    state = State.BeforeFirstElement;
                    consumed++;
                    continue;
                case State.Start:
                    // Not an array: say what it is, once enough of it has arrived to tell.
                    return NotAValue(bytes[consumed..], final, "", "a JSON array of records") is { } notAnArray ? throw notAnArray : Step.NeedMore;
                case State.BeforeFirstElement when next == (byte)']':
                case State.AfterElement when next == (byte)']':
                    state = State.Ended;
                    consumed++;
                    continue;
                case State.AfterElement when next == (byte)',':
                    state = State.AfterComma;
                    consumed++;
                    continue;
                case State.AfterElement:
                    throw new PolicingJsonException(PolicingJsonErrorKind.Syntax, $"/{index}", $"expected ',' or ']' after an element, but found '{(char)next}'.");
                case State.BeforeFirstElement or State.AfterComma when next == (byte)'{':
                    return Step.Element;
                case State.BeforeFirstElement or State.AfterComma:
                    return NotAValue(bytes[consumed..], final, $"/{index}", "an object") is { } notAnObject ? throw notAnObject : Step.NeedMore;
                default: // Ended
                    throw new PolicingJsonException(PolicingJsonErrorKind.Syntax, "", "only white space may follow the top-level array.");
            }
        }
    }

    // The error for a value that is not what was expected (null, a number, an array...), or for text that is not JSON; null when the value is cut off and more bytes may complete it.
    private static PolicingJsonException? NotAValue(ReadOnlySpan<byte> bytes, bool final, string path, string expected)
    {
        var reader = new Utf8JsonReader(bytes, final, new JsonReaderState(new JsonReaderOptions { MaxDepth = PolicingJson.MaxDepth }));
        try
        {
            if (!reader.Read())
            {
                return null;
            }
        }
        catch (JsonException e)
        {
            return new PolicingJsonException(PolicingJsonErrorKind.Syntax, path, $"the text is not valid JSON: {e.Message}", e);
        }
        return reader.TokenType == JsonTokenType.Null
            ? new PolicingJsonException(PolicingJsonErrorKind.NullNotAllowed, path, "null is not allowed as an element of this array.")
            : new PolicingJsonException(PolicingJsonErrorKind.WrongType, path, $"expected {expected}, but found {ReadError.Describe(reader.TokenType)}.");
    }
}
