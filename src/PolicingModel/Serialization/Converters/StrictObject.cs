using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicingModel.Serialization.Converters;

// Reads the members of one JSON object for a converter, in any order, with the contract's strictness: unknown and
// duplicate members are errors unless reading is lenient (which skips unknown members and keeps the last duplicate),
// and every error names the member as a JSON Pointer relative to the object. Malformed JSON met by the reader is
// reported as a syntax error at the member where it was met; nesting beyond PolicingJson.MaxDepth as too deep.
internal struct StrictObject
{
    private readonly bool lenient;
    private string member;

    internal StrictObject(ref Utf8JsonReader reader, bool lenient, string description)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ReadError.WrongType(reader.TokenType, description);
        }
        if (reader.CurrentDepth >= PolicingJson.MaxDepth)
        {
            throw ReadError.TooDeep();
        }
        this.lenient = lenient;
        member = "";
    }

    internal readonly bool Lenient => lenient;

    // Moves to the next member name; false at the end of the object.
    internal readonly bool NextMember(ref Utf8JsonReader reader)
    {
        Advance(ref reader, member);
        return reader.TokenType != JsonTokenType.EndObject;
    }

    // Moves onto the value of the current member.
    internal void Begin(ref Utf8JsonReader reader, string name, bool seen)
    {
        if (seen && !lenient)
        {
            throw ReadError.At(PolicingJsonErrorKind.DuplicateMember, $"the member '{name}' appears more than once; each member may appear only once.", JsonPointer.Member(name));
        }
        member = name;
        Advance(ref reader, name);
    }

    // An unknown member: an error naming it (quoted safely), or skipped when reading is lenient.
    internal readonly void Unknown(ref Utf8JsonReader reader, string expected, bool quoteName = true)
    {
        if (!lenient)
        {
            string name = quoteName ? SafeName(ref reader) : "";
            throw ReadError.At(
                PolicingJsonErrorKind.UnknownMember,
                quoteName ? $"unknown member '{ReadError.Quote(name)}'; expected {expected}. Check the spelling against the schema, or read leniently to skip unknown members." : $"unknown member; expected {expected}.",
                quoteName ? JsonPointer.Member(name) : "");
        }
        string skipped = quoteName ? SafeName(ref reader) : "";
        Advance(ref reader, skipped);
        Skip(ref reader, skipped);
    }

    // Skips the member just found (lenient reading of a member that is read elsewhere, such as a second "kind").
    internal readonly void SkipValue(ref Utf8JsonReader reader)
    {
        Advance(ref reader, member);
        Skip(ref reader, member);
    }

    internal static PolicingJsonException Missing(string name) =>
        ReadError.At(PolicingJsonErrorKind.MissingMember, $"the required member '{name}' is missing.", JsonPointer.Member(name));

    internal readonly PolicingJsonException Error(PolicingJsonErrorKind kind, string problem) => ReadError.At(kind, problem, JsonPointer.Member(member));

    internal readonly PolicingJsonException Rethrow(PolicingJsonException inner) => inner.Under(JsonPointer.Member(member));

    // The value of the current member, read by converter; errors are located under the member.
    internal readonly T Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null && !converter.HandleNull)
        {
            throw Error(PolicingJsonErrorKind.NullNotAllowed, $"null is not allowed for '{member}'.");
        }
        try
        {
            return converter.Read(ref reader, typeof(T), options)!;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw Rethrow(Classified(e));
        }
    }

    // What a failure met while reading a member is, in the contract's terms: the library's own refusal as it is, the
    // reader's JsonException as a syntax error, its InvalidOperationException as invalid UTF-8 (the only one it throws
    // for input), and a model constructor's ArgumentException as an invalid value.
    private static PolicingJsonException Classified(Exception e) => e switch
    {
        PolicingJsonException refusal => refusal,
        JsonException syntax => ReadError.Syntax(syntax),
        InvalidOperationException utf8 => ReadError.InvalidUtf8(utf8),
        _ => ReadError.Invalid((ArgumentException)e),
    };

    // The value of an optional member: null for JSON null.
    internal readonly T? Optional<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct =>
        reader.TokenType == JsonTokenType.Null ? null : Value(ref reader, converter, options);

    // An optional reference-typed member: null for JSON null.
    internal readonly T? OptionalObject<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : Value(ref reader, converter, options);

    // An array of values read by converter; null elements are refused, and errors name the element.
    internal readonly EquatableArray<T> Array<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, int minItems = 0)
    {
        try
        {
            return Records.RecordArrays.Read(ref reader, converter, options, minItems);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw Rethrow(Classified(e));
        }
    }

    internal readonly string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Rethrow(ReadError.WrongType(reader.TokenType, "a string"));
        }
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Rethrow(ReadError.InvalidUtf8(e));
        }
    }

    // A string, or null when the JSON value is null (an optional member).
    internal readonly string? OptionalString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    internal readonly bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Rethrow(ReadError.WrongType(reader.TokenType, "true or false")),
    };

    // Marks member bit as read; true when it had been read already (a duplicate).
    internal static bool Seen(ref int seen, int bit)
    {
        bool was = (seen & bit) != 0;
        seen |= bit;
        return was;
    }

    internal readonly int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Rethrow(ReadError.WrongType(reader.TokenType, "a whole number"));
        }
        return reader.TryGetInt32(out int value) ? value : throw Error(PolicingJsonErrorKind.WrongType, "expected a whole number within the 32-bit range.");
    }

    // A decimal number, parsed from the UTF-8 digits straight into decimal (never through binary floating point).
    internal readonly decimal Decimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Rethrow(ReadError.WrongType(reader.TokenType, "a decimal number"));
        }
        return reader.TryGetDecimal(out decimal value) ? value : throw Error(PolicingJsonErrorKind.WrongType, "expected a decimal number within the range of System.Decimal (28-29 significant digits).");
    }

    // Reads the next token; the reader's own errors (malformed JSON) become syntax errors located at member.
    internal static void Advance(ref Utf8JsonReader reader, string member)
    {
        try
        {
            reader.Read();
        }
        catch (JsonException e)
        {
            throw ReadError.Syntax(e).Under(member.Length == 0 ? "" : JsonPointer.Member(member));
        }
    }

    // Skips the value under the reader, holding it to the same depth limit as everything that is read.
    internal static void Skip(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }
        int depth = reader.CurrentDepth;
        try
        {
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.CurrentDepth >= PolicingJson.MaxDepth)
                {
                    throw ReadError.TooDeep().Under(member.Length == 0 ? "" : JsonPointer.Member(member));
                }
            }
        }
        catch (JsonException e) when (e is not PolicingJsonException)
        {
            throw ReadError.Syntax(e).Under(member.Length == 0 ? "" : JsonPointer.Member(member));
        }
    }

    // The member name under the reader, or a placeholder when it is not valid UTF-8.
    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "(not valid UTF-8)";
        }
    }
}
