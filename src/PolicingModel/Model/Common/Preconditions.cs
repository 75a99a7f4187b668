using System.Runtime.CompilerServices;

namespace PolicingModel;

// Argument checks used by every constructor. Each check returns its argument so that it can be used inline in an
// assignment, and each message states the rule that was broken, so that the exception alone explains the problem.
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} is required and cannot be null.");

    // Free text: not null, and acceptable to SafeText (visible, well-formed, no controls, at most SafeText.MaxLength).
    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }
        if (SafeText.Problem(value) is { } problem)
        {
            throw new ArgumentException($"{paramName} {problem}.", paramName);
        }
        return value;
    }

    // Null is allowed; otherwise free text as CheckNotBlank says (an empty or white-space string would be a missing value in disguise).
    internal static string? CheckNullOrNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must be null or contain text; it was empty or white space.", paramName);
        }
        if (value is not null && SafeText.Problem(value) is { } problem)
        {
            throw new ArgumentException($"{paramName} {problem}.", paramName);
        }
        return value;
    }

    // A message the library writes itself (an exception's or a finding's): not blank; its quoted parts are escaped by
    // SafeText.Quote where they come from input.
    internal static string CheckMessage(string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }
        return value;
    }

    internal static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            string rule = max == int.MaxValue ? $"must be at least {min}" : $"must be between {min} and {max}";
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} {rule}; it was {value}.");
        }
        return value;
    }

    internal static int CheckPositive(int value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be greater than zero.");
        }
        return value;
    }

    internal static decimal CheckNotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative; it was {value}.");
        }
        return value;
    }

    internal static decimal CheckAtMost(decimal value, decimal max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paramName} must be at most {max:#,0}; it was {value}."));
        }
        return value;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is not a defined {typeof(TEnum).Name} value.");
        }
        return value;
    }

    // For enums whose zero value means "not set" and is not a legal choice.
    internal static TEnum CheckDefinedNotDefault<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (EqualityComparer<TEnum>.Default.Equals(value, default))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be set to a {typeof(TEnum).Name}; the unset value {value} is not one.");
        }
        return CheckDefined(value, paramName);
    }

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    // As above, for an interpolated message: it is formatted only when the check fails.
    internal static void CheckArgument(bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref ArgumentMessageHandler message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    // Every element must be non-null (a null inside a collection is never meaningful in this model).
    internal static EquatableArray<T> CheckNoNulls<T>(EquatableArray<T> values, [CallerArgumentExpression(nameof(values))] string paramName = "")
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                throw new ArgumentException($"{paramName}[{i}] is null; collections must not contain nulls.", paramName);
            }
        }
        return values;
    }

    internal static EquatableArray<T> CheckNotEmpty<T>(EquatableArray<T> values, [CallerArgumentExpression(nameof(values))] string paramName = "")
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException($"{paramName} must contain at least one item.", paramName);
        }
        return CheckNoNulls(values, paramName);
    }
}
