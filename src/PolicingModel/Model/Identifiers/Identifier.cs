using System.Runtime.CompilerServices;

namespace PolicingModel;

// Shared rules for strongly typed ids. Ids are compared ordinally and printed in messages, so they are drawn from a
// small alphabet of ASCII letters, digits and - _ . / : # (1 to 128 characters): two ids that look alike are the
// same id, and no id can hide an invisible, bidirectional or look-alike character. No normalisation is needed then,
// and none is done: what is given is what is stored, written and read back.
internal static class Identifier
{
    internal const int MaxLength = 128;

    internal static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '#';

    // Checks the text of a new T; messages name the id type, since every id's parameter is "value".
    internal static string Check<T>(string? value, string paramName)
        where T : struct, IIdentifier
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} of a {typeof(T).Name} is required and cannot be null.");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} of a {typeof(T).Name} must not be empty or white space.", paramName);
        }
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"{paramName} of a {typeof(T).Name} must be at most {MaxLength} characters; it was {value.Length}.", paramName);
        }
        for (int i = 0; i < value.Length; i++)
        {
            if (!IsIdCharacter(value[i]))
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paramName} of a {typeof(T).Name} must be ASCII letters, digits and - _ . / : # only; it holds U+{(int)value[i]:X4} at {i}."),
                    paramName);
            }
        }
        return value;
    }

    // Rejects the default (unset) id, naming the field.
    internal static T CheckSet<T>(T id, [CallerArgumentExpression(nameof(id))] string paramName = "")
        where T : struct, IIdentifier
    {
        if (id.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be set; the default {typeof(T).Name} is unset and not a valid id.", paramName);
        }
        return id;
    }

    internal static T? CheckSetOrNull<T>(T? id, [CallerArgumentExpression(nameof(id))] string paramName = "")
        where T : struct, IIdentifier =>
        id is { } value ? CheckSet(value, paramName) : null;
}
