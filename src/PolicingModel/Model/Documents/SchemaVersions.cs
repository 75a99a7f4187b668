namespace PolicingModel;

// Parses major.minor.patch schema versions (digits only, no leading zeros beyond a single 0).
internal static class SchemaVersions
{
    internal static bool TryParse(ReadOnlySpan<char> text, out (int Major, int Minor, int Patch) version)
    {
        version = default;
        Span<Range> parts = stackalloc Range[4];
        if (text.Split(parts, '.') != 3)
        {
            return false;
        }
        Span<int> numbers = stackalloc int[3];
        for (int i = 0; i < 3; i++)
        {
            ReadOnlySpan<char> part = text[parts[i]];
            if (part.Length is 0 or > 6 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }
            foreach (char c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
            numbers[i] = int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        }
        version = (numbers[0], numbers[1], numbers[2]);
        return true;
    }
}
