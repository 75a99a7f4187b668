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

    // Invalid UTF-8 inside a string, which the reader reports only when the string is read.
    internal static PolicingJsonException InvalidUtf8(Exception e) =>
        At(PolicingJsonErrorKind.Syntax, "a string is not valid UTF-8.", inner: e);

    internal static PolicingJsonException TooDeep() =>
        At(PolicingJsonErrorKind.TooDeep, $"the document nests deeper than the maximum of {PolicingJson.MaxDepth} levels.");

    // The model's own message for a value it refused, without the " (Parameter 'x')" that ArgumentException appends.
    internal static PolicingJsonException Invalid(ArgumentException e, string member = "")
    {
        string message = e.Message;
        int cut = e.ParamName is null ? -1 : message.LastIndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
        return At(PolicingJsonErrorKind.InvalidValue, cut >= 0 ? message[..cut] : message, member, e);
    }

    // Text read from the document, fit to quote in a message: at most 40 characters, with control and
    // bidirectional-override characters escaped so that a message cannot spoof a log or a terminal.
    internal static string Quote(string? text)
    {
        if (text is null)
        {
            return "";
        }
        var quoted = new System.Text.StringBuilder(Math.Min(text.Length, 44));
        foreach (char c in text.Length > 40 ? text[..40] : text)
        {
            if (char.IsControl(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF' || char.IsSurrogate(c))
            {
                quoted.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                quoted.Append(c);
            }
        }
        if (text.Length > 40)
        {
            quoted.Append('…');
        }
        return quoted.ToString();
    }
}
