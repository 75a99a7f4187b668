using System.Text.Json;

namespace PolicingModel.Serialization.Converters;

// Thrown by the library's converters. It is a JsonException without a path, so System.Text.Json fills in
// the path of the value being read; Member adds the member inside that value, if any.
internal sealed class ReadError : JsonException
{
    internal ReadError(PolicingJsonErrorKind kind, string problem, string? member = null, Exception? inner = null)
        : base(problem, inner)
    {
        Kind = kind;
        Problem = problem;
        Member = member;
    }

    internal PolicingJsonErrorKind Kind { get; }

    internal string Problem { get; }

    // A path suffix such as .amount or .lines[1], relative to the value the converter reads.
    internal string? Member { get; }

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

    internal static ReadError WrongType(JsonTokenType actual, string expected, string? member = null) =>
        actual == JsonTokenType.Null
            ? new ReadError(PolicingJsonErrorKind.NullNotAllowed, $"null is not allowed here; expected {expected}.", member)
            : new ReadError(PolicingJsonErrorKind.WrongType, $"expected {expected}, but found {Describe(actual)}.", member);
}
