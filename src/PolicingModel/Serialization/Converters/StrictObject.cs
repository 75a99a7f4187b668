using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicingModel.Serialization.Converters;

// Reads the members of a small JSON object for a hand-written converter with the same strictness as the generated
// contract: unknown and duplicate members are errors unless the options ask for lenient reading, and every error names
// the member.
internal struct StrictObject
{
    private readonly bool skipUnknown;
    private readonly bool allowDuplicates;
    private string member;

    internal StrictObject(ref Utf8JsonReader reader, JsonSerializerOptions options, string description)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ReadError.WrongType(reader.TokenType, description);
        }
        skipUnknown = options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Skip;
        allowDuplicates = options.AllowDuplicateProperties;
        member = "";
    }

    // Moves to the next member name; false at the end of the object.
    internal readonly bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndObject;
    }

    // Moves onto the value of the current member.
    internal void Begin(ref Utf8JsonReader reader, string name, bool seen)
    {
        if (seen && !allowDuplicates)
        {
            throw new ReadError(PolicingJsonErrorKind.DuplicateMember, $"the member '{name}' appears more than once.", "." + name);
        }
        member = name;
        reader.Read();
    }

    internal readonly void Unknown(ref Utf8JsonReader reader, string expected)
    {
        string name = reader.GetString() ?? "";
        if (!skipUnknown)
        {
            throw new ReadError(PolicingJsonErrorKind.UnknownMember, $"unknown member '{name}'; expected {expected}.", "." + name);
        }
        reader.Read();
        reader.Skip();
    }

    internal static ReadError Missing(string name) =>
        new(PolicingJsonErrorKind.MissingMember, $"the required member '{name}' is missing.", "." + name);

    internal readonly ReadError Error(PolicingJsonErrorKind kind, string problem) => new(kind, problem, "." + member);

    internal readonly ReadError Rethrow(ReadError inner) => new(inner.Kind, inner.Problem, "." + member + inner.Member, inner);

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
        catch (ReadError e)
        {
            throw Rethrow(e);
        }
    }

    // An array of records read by converter; errors name the element.
    internal readonly EquatableArray<T> Array<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        try
        {
            return Records.RecordArrays.Read(ref reader, converter, options);
        }
        catch (ReadError e)
        {
            throw Rethrow(e);
        }
    }

    internal readonly string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Rethrow(ReadError.WrongType(reader.TokenType, "a string"));
        }
        return reader.GetString()!;
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
}
