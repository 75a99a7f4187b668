using System.Text.Json;
using NodaTime.Text;

namespace PolicingModel.Serialization.Converters;

// Allocation-free ISO-8601 formatting and strict parsing of the NodaTime types the model uses, in UTF-8. Instants are
// written in UTC (2020-10-29T05:00:00Z) with a fraction of a second only when it is not zero, exact to the
// nanosecond; years are four digits (0001-9999).
internal static class IsoText
{
    internal const int MaxInstantLength = 30; // yyyy-MM-ddTHH:mm:ss.fffffffffZ
    internal const int MaxStackText = 64;

    internal static int FormatInstant(Instant instant, Span<byte> buffer)
    {
        LocalDateTime local = instant.InUtc().LocalDateTime;
        int n = FormatDate(local.Year, local.Month, local.Day, buffer);
        buffer[n++] = (byte)'T';
        n += FormatTime(local.Hour, local.Minute, local.Second, local.NanosecondOfSecond, buffer[n..]);
        buffer[n++] = (byte)'Z';
        return n;
    }

    internal static int FormatDate(int year, int month, int day, Span<byte> buffer)
    {
        if (year is < 1 or > 9999)
        {
            throw new JsonException($"Year {year} cannot be written: the contract allows years 0001 to 9999.");
        }
        Digits(year, 4, buffer);
        buffer[4] = (byte)'-';
        Digits(month, 2, buffer[5..]);
        buffer[7] = (byte)'-';
        Digits(day, 2, buffer[8..]);
        return 10;
    }

    internal static int FormatYearMonth(int year, int month, Span<byte> buffer)
    {
        if (year is < 1 or > 9999)
        {
            throw new JsonException($"Year {year} cannot be written: the contract allows years 0001 to 9999.");
        }
        Digits(year, 4, buffer);
        buffer[4] = (byte)'-';
        Digits(month, 2, buffer[5..]);
        return 7;
    }

    internal static int FormatTime(int hour, int minute, int second, int nanosecond, Span<byte> buffer)
    {
        Digits(hour, 2, buffer);
        buffer[2] = (byte)':';
        Digits(minute, 2, buffer[3..]);
        buffer[5] = (byte)':';
        Digits(second, 2, buffer[6..]);
        int n = 8;
        if (nanosecond != 0)
        {
            buffer[n++] = (byte)'.';
            int digits = 9;
            while (nanosecond % 10 == 0)
            {
                nanosecond /= 10;
                digits--;
            }
            Digits(nanosecond, digits, buffer[n..]);
            n += digits;
        }
        return n;
    }

    private static void Digits(int value, int width, Span<byte> buffer)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            buffer[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    // Copies the string value's UTF-8 bytes (unescaped) into scratch; returns the length.
    internal static int CopyUtf8(ref Utf8JsonReader reader, scoped Span<byte> scratch, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw ReadError.WrongType(reader.TokenType, expected);
        }
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > scratch.Length)
        {
            // Escapes make the raw text up to six times longer than the text itself ("\u0032" is "2").
            if (!reader.ValueIsEscaped || length > 6 * scratch.Length)
            {
                throw Malformed(expected, "the text is too long");
            }
            Span<byte> wide = stackalloc byte[(int)length];
            int unescaped = reader.CopyString(wide);
            if (unescaped > scratch.Length)
            {
                throw Malformed(expected, "the text is too long");
            }
            wide[..unescaped].CopyTo(scratch);
            return unescaped;
        }
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            reader.ValueSpan.CopyTo(scratch);
            return (int)length;
        }
        return reader.CopyString(scratch);
    }

    internal static PolicingJsonException Malformed(string expected, string? why = null) =>
        ReadError.At(PolicingJsonErrorKind.WrongType, $"expected {expected}{(why is null ? "" : $"; {why}")}.");

    // An RFC 3339 instant: the common UTC shape on a fast path of arithmetic, anything else (an offset, a lower-case
    // designator) through NodaTime's own pattern, which decides.
    internal static bool TryParseInstant(ReadOnlySpan<byte> text, out Instant instant)
    {
        if (TryParseUtcInstant(text, out instant))
        {
            return true;
        }
        instant = default;
        // NodaTime reads hour 24 as the end of the day; RFC 3339 has hours 00 to 23 only.
        if (text.Length is < 20 or > 64 || text.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E) || text[11..13].SequenceEqual("24"u8))
        {
            return false;
        }
        // RFC 3339 allows "t" and "z" in lower case; NodaTime's pattern wants them in upper case.
        Span<char> chars = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = text[i] is (byte)'t' or (byte)'z' ? (char)(text[i] - 32) : (char)text[i];
        }
        ParseResult<OffsetDateTime> parsed = Rfc3339.Parse(new string(chars));
        if (!parsed.Success)
        {
            return false;
        }
        instant = parsed.Value.ToInstant();
        return true;
    }

    // RFC 3339 date-time with an offset of "Z" or ±HH:mm, as NodaTime parses it.
    private static readonly OffsetDateTimePattern Rfc3339 =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    // The common shape, yyyy-MM-ddTHH:mm:ss[.fffffffff]Z, by arithmetic on the digits (days from the civil date,
    // then seconds and nanoseconds since the Unix epoch) rather than through NodaTime's calendar types; anything else
    // (an offset, a lower-case designator, an invalid field) is left to the general parser, which decides.
    private static bool TryParseUtcInstant(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text[^1] != (byte)'Z' || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T'
            || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || !TryDigits(text.Slice(11, 2), out int hour) || !TryDigits(text.Slice(14, 2), out int minute) || !TryDigits(text.Slice(17, 2), out int second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        int nanos = 0;
        if (text.Length > 20 && (text[19] != (byte)'.' || !TryParseFraction(text[20..^1], out nanos)))
        {
            return false;
        }
        long seconds = (DaysFromCivil(year, month, day) * 86_400L) + (hour * 3600) + (minute * 60) + second;
        instant = Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos);
        return true;
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

    // Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - (era * 400);
        long dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    internal static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    internal static bool TryParseYearMonth(ReadOnlySpan<byte> text, out YearMonth yearMonth)
    {
        yearMonth = default;
        if (text.Length != 7 || text[4] != (byte)'-' || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }
        yearMonth = new YearMonth(year, month);
        return true;
    }

    internal static bool TryParseTime(ReadOnlySpan<byte> text, out LocalTime time)
    {
        time = default;
        if (text.Length < 8 || text[2] != (byte)':' || text[5] != (byte)':'
            || !TryDigits(text[..2], out int hour) || !TryDigits(text.Slice(3, 2), out int minute) || !TryDigits(text.Slice(6, 2), out int second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        int nanos = 0;
        if (text.Length > 8 && (text[8] != (byte)'.' || !TryParseFraction(text[9..], out nanos)))
        {
            return false;
        }
        time = new LocalTime(hour, minute, second).PlusNanoseconds(nanos);
        return true;
    }

    // One to nine digits of a fraction of a second, as nanoseconds.
    private static bool TryParseFraction(ReadOnlySpan<byte> fraction, out int nanos)
    {
        if (fraction.Length is < 1 or > 9 || !TryDigits(fraction, out nanos))
        {
            nanos = 0;
            return false;
        }
        for (int i = fraction.Length; i < 9; i++)
        {
            nanos *= 10;
        }
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        return text.Length > 0;
    }
}
