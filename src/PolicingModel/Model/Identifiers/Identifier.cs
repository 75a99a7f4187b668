using System.Runtime.CompilerServices;

namespace PolicingModel;

// Shared rules for strongly typed ids.
internal static class Identifier
{
    internal const int MaxLength = 128;

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
        return value;
    }

    // Rejects the default (unset) id, naming the field.
    internal static T CheckSet<T>(T id, [CallerArgumentExpression(nameof(id))] string paramName = "")
        where T : struct, IIdentifier
    {
        if (id.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be set; the default {typeof(T).Name} is not a valid id.", paramName);
        }
        return id;
    }

    internal static T? CheckSetOrNull<T>(T? id, [CallerArgumentExpression(nameof(id))] string paramName = "")
        where T : struct, IIdentifier =>
        id is { } value ? CheckSet(value, paramName) : null;
}
