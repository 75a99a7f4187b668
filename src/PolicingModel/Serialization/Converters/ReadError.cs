using System.Text.Json;

namespace PolicingModel.Serialization.Converters;

// The errors the converters raise, each a PolicingJsonException located inside the value being read.
internal static class ReadError
{
    internal static PolicingJsonException At(PolicingJsonErrorKind kind, string problem, string member = "", Exception? inner = null) =>
        PolicingJsonException.Inside(kind, problem, member, inner);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    internal static PolicingJsonException WrongType(JsonTokenType actual, string expected, string member = "") =>
        actual == JsonTokenType.Null
            ? At(PolicingJsonErrorKind.NullNotAllowed, $"null is not allowed here; expected {expected}.", member)
            : At(PolicingJsonErrorKind.WrongType, $"expected {expected}, but found {Describe(actual)}.", member);

    // What the reader itself refused while a converter was reading (malformed JSON); System.Text.Json's own text is
    // not repeated, only where it happened.
    internal static PolicingJsonException Syntax(JsonException e) =>
        At(PolicingJsonErrorKind.Syntax, e.LineNumber is { } line
            ? $"the text is not valid JSON (line {line + 1}, byte {e.BytePositionInLine + 1} of the line)."
            : "the text is not valid JSON.", inner: e);

    // Invalid UTF-8 inside a string, or an escaped lone surrogate (text that is not Unicode either way), which the
    // reader reports only when the string is read.
    internal static PolicingJsonException InvalidUtf8(Exception e) =>
        At(PolicingJsonErrorKind.Syntax, "a string is not valid UTF-8, or escapes half of a surrogate pair (\\uD800 to \\uDFFF alone).", inner: e);

    internal static PolicingJsonException TooDeep() =>
        At(PolicingJsonErrorKind.TooDeep, $"the document nests deeper than the maximum of {PolicingJson.MaxDepth} levels.");

    // The model's own message for a value it refused, without the " (Parameter 'x')" that ArgumentException appends.
    internal static PolicingJsonException Invalid(ArgumentException e, string member = "")
    {
        string message = e.Message;
        int cut = e.ParamName is null ? -1 : message.LastIndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
        return At(PolicingJsonErrorKind.InvalidValue, cut >= 0 ? message[..cut] : message, member, e);
    }

    // Text read from the document, fit to quote in a message (SafeText.Quote: at most 40 characters, invisible and
    // bidirectional characters escaped).
    internal static string Quote(string? text) => SafeText.Quote(text);
}
