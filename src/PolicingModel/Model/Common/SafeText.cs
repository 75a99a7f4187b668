using System.Globalization;
using System.Text;

namespace PolicingModel;

// The library's rules for free text, and the one way text given by a caller is quoted in a message.
internal static class SafeText
{
    // The longest free text a record holds (a name, a title, a description): far above any real one, low enough that
    // a record stays small.
    internal const int MaxLength = 4_000;

    // Why value is not acceptable free text, or null when it is: well-formed UTF-16 (no lone surrogates), no control
    // characters other than tab and line breaks, no bidirectional embedding, override or isolate controls (they reorder
    // what follows them on a log line or a terminal), at least one visible character, at most maxLength characters.
    internal static string? Problem(string value, int maxLength = MaxLength)
    {
        if (value.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters; it has {value.Length}");
        }
        bool visible = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    visible = true;
                    i++;
                    continue;
                }
                return string.Create(CultureInfo.InvariantCulture, $"must be well-formed UTF-16; it holds a lone surrogate at {i}");
            }
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control)
            {
                return string.Create(CultureInfo.InvariantCulture, $"must not contain control characters other than tab and line breaks; it holds U+{(int)c:X4} at {i}");
            }
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return string.Create(CultureInfo.InvariantCulture, $"must not contain bidirectional embedding, override or isolate controls; it holds U+{(int)c:X4} at {i}");
            }
            visible |= !char.IsWhiteSpace(c) && category is not (UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
        }
        return visible ? null : "must contain at least one visible character; it was empty, white space or invisible characters only";
    }

    // Text from a caller fit to quote in a message: at most 40 characters, with every character that is invisible or
    // can change how the rest of a line is shown escaped as \uXXXX, so that a message cannot spoof a log or a terminal.
    internal static string Quote(string? text)
    {
        if (text is null)
        {
            return "";
        }
        var quoted = new StringBuilder(Math.Min(text.Length, 44));
        foreach (char c in text.Length > 40 ? text[..40] : text)
        {
            if (MustEscape(c))
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
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

    // Controls, format characters (zero-width and bidirectional controls among them), line and paragraph separators,
    // surrogates (a pair may be cut by the length limit) and unassigned or private-use code points.
    internal static bool MustEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
