using System.Runtime.CompilerServices;

namespace PolicingModel;

/// <summary>Shared rules for strongly typed ids.</summary>
internal static class Identifier
{
    internal const int MaxLength = 128;

    internal static string Check(string? value, string paramName)
    {
        Preconditions.CheckNotBlank(value, paramName);
        if (value!.Length > MaxLength)
        {
            throw new ArgumentException($"{paramName} must be at most {MaxLength} characters; it was {value.Length}.", paramName);
        }
        return value;
    }

    /// <summary>Rejects the default (unset) id, naming the field.</summary>
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
