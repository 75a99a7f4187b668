using System.Runtime.CompilerServices;

namespace PolicingModel;

// The shape of the library's own wire codes: lower-case ASCII letters, digits and hyphens, 1–64 characters.
internal static class CodeText
{
    internal static string Check(string? code, [CallerArgumentExpression(nameof(code))] string paramName = "")
    {
        Preconditions.CheckNotBlank(code, paramName);
        bool ok = code!.Length <= 64 && code[0] != '-' && code[^1] != '-';
        foreach (char ch in code)
        {
            ok &= char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-';
        }
        Preconditions.CheckArgument(ok, paramName, $"{paramName} must be 1-64 lower-case letters, digits or inner hyphens, such as 'crack-cocaine'; it was '{SafeText.Quote(code)}'.");
        return code;
    }
}
