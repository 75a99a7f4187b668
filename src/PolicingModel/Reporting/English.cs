using System.Globalization;

namespace PolicingModel.Reporting;

// Grammar for press-office English: articles by sound, number words, plurals, lists joined with "and", money and
// hedges. Every number is formatted with CultureInfo.InvariantCulture; nothing reads the current culture.
internal static class English
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    // "a" or "an" for a word or number that follows, by how it sounds: "an 18-year-old", "an 11-year-old", "an 8-year-old", "a 1-year-old", "an adult".
    internal static string ArticleFor(string following)
    {
        ArgumentException.ThrowIfNullOrEmpty(following);
        char first = following[0];
        if (char.IsAsciiDigit(first))
        {
            int end = 0;
            while (end < following.Length && char.IsAsciiDigit(following[end]))
            {
                end++;
            }
            return NumberTakesAn(following[..end]) ? "an" : "a";
        }
        string lower = following.ToLowerInvariant();
        // Abbreviations said as words take the article of the word ("a SIM card"); those read letter by letter take
        // "an" before a letter said with a vowel sound ("an MDMA seizure", "an NRM referral").
        if (lower.StartsWith("sim", StringComparison.Ordinal) && following.StartsWith("SIM", StringComparison.Ordinal))
        {
            return "a";
        }
        if (following.Length > 1 && char.IsAsciiLetterUpper(following[0]) && char.IsAsciiLetterUpper(following[1]))
        {
            return "AEFHILMNORSX".Contains(first, StringComparison.Ordinal) ? "an" : "a";
        }
        if (lower.StartsWith("uni", StringComparison.Ordinal) || lower.StartsWith("use", StringComparison.Ordinal) ||
            lower.StartsWith("one", StringComparison.Ordinal) || lower.StartsWith("eu", StringComparison.Ordinal))
        {
            return "a";
        }
        if (lower.StartsWith("hour", StringComparison.Ordinal) || lower.StartsWith("honest", StringComparison.Ordinal))
        {
            return "an";
        }
        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    // A number in digits takes "an" when said starting with a vowel: 8, 11, 18, 80–89, 800–899, 8000..., 11000, 18000.
    private static bool NumberTakesAn(string digits)
    {
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
        {
            return false; // "a zero"
        }
        if (digits[0] == '8')
        {
            return true; // eight, eighteen, eighty, eight hundred, eight thousand ...
        }
        // "eleven" and "eighteen" lead when the group of digits before the thousands separator is 11 or 18.
        int lead = digits.Length % 3;
        if (lead == 2 && (digits.StartsWith("11", StringComparison.Ordinal) || digits.StartsWith("18", StringComparison.Ordinal)))
        {
            return true;
        }
        return false;
    }

    // The word prefixed with its article: "an 18-year-old".
    internal static string WithArticle(string following) => ArticleFor(following) + " " + following;

    // The text with its first letter in upper case (invariant culture, so "i" never becomes a dotted "İ").
    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Words for one to ten ("seven"), digits with thousands separators from 11 on ("55", "1,200"): press-office style.
    internal static string Number(int value) =>
        value is >= 0 and <= 10 ? Words[value] : value.ToString("#,0", CultureInfo.InvariantCulture);

    // The hedge a precision is written with before a count: "around", "an estimated", "at least", "more than", "up to",
    // "fewer than"; empty when exact. Ranges and unquantified figures are phrased whole (see Figure).
    internal static string CountHedge(Precision precision) => precision switch
    {
        Precision.Exact => "",
        Precision.Approximate => "around",
        Precision.Estimated => "an estimated",
        Precision.AtLeast => "at least",
        Precision.MoreThan => "more than",
        Precision.UpTo => "up to",
        Precision.FewerThan => "fewer than",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "No hedge word for this precision."),
    };

    // The hedge before an amount of money or a quantity: as CountHedge but "over" for more-than ("over £14,000") and
    // "less than" for fewer-than ("less than 5 kg").
    internal static string AmountHedge(Precision precision) => precision switch
    {
        Precision.MoreThan => "over",
        Precision.FewerThan => "less than",
        _ => CountHedge(precision),
    };

    // Joins a hedge and a figure: "around £20,000", "£20,000".
    internal static string Hedged(string hedge, string figure) => hedge.Length == 0 ? figure : hedge + " " + figure;

    // A hedged figure in words: the source's own wording when kept, else the standard hedge; "between 10 and 15" for a
    // range; the source's phrase (or the fallback) for an unquantified figure.
    private static string Figure(Precision precision, string? wording, string number, string? upper, Func<Precision, string> hedge, string unquantified) => precision switch
    {
        Precision.Exact => wording is null ? number : wording + " " + number,
        Precision.Range => (wording ?? "between") + " " + number + " and " + upper,
        Precision.Unquantified => wording ?? unquantified,
        _ => Hedged(wording ?? hedge(precision), number),
    };

    // A reported count: "seven", "around 20", "more than 30", "up to 60", "between 10 and 15", "a number of", "55".
    // A lower bound of one ("at least one") is how this library records a total the source gave without a number, so
    // it reads "some"; an unquantified count without words reads "an unknown number of".
    internal static string Count(ReportedCount count) =>
        count is { Value: 1, Precision: Precision.AtLeast, Wording: null }
            ? "some"
            : count.Upper is { } u && u > 10
                // Both ends of a range in the same style: "between 10 and 15", never "between ten and 15".
                ? Figure(count.Precision, count.Wording, count.Value.ToString("#,0", CultureInfo.InvariantCulture), Number(u), CountHedge, "an unknown number of")
                : Figure(count.Precision, count.Wording, Number(count.Value), count.Upper is { } upper ? Number(upper) : null, CountHedge, "an unknown number of");

    // "1 knife", "2 knives": the noun agrees with the number.
    internal static string Plural(int count, string singular, string plural) => count == 1 ? singular : plural;

    // "A", "A and B", "A, B and C" (no Oxford comma).
    internal static string JoinWithAnd(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    // Money as a press office writes it: "£20,000", "£14,500.50", "€300", "CHF 1,000"; whole amounts without pence.
    internal static string Money(Money money) => Amount(money.Amount, money.Currency);

    private static string Amount(decimal value, Currency currency)
    {
        string amount = decimal.Truncate(value) == value
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.00", CultureInfo.InvariantCulture);
        return currency.Code switch
        {
            "GBP" => "£" + amount,
            "EUR" => "€" + amount,
            "USD" => "US$" + amount,
            string code => code + " " + amount,
        };
    }

    // Money with its hedge: "around £20,000", "over £14,000", "between £5,000 and £10,000", "several thousand pounds".
    internal static string HedgedMoney(Money money) =>
        Figure(money.Precision, money.Wording, Money(money), money.Upper is { } u ? Amount(u, money.Currency) : null, AmountHedge, "an unquantified amount of");

    // A decimal in invariant culture with no trailing zeros: 2.5, 500, 1,000.
    internal static string Decimal(decimal value) =>
        value.ToString(decimal.Truncate(value) == value ? "#,0" : "#,0.############################", CultureInfo.InvariantCulture);

    // A quantity: "around 2 kg", "34 wraps", "1 plant", "500 ml", "between 1 and 2 kg", "a significant amount".
    internal static string Quantity(Quantity quantity)
    {
        decimal last = quantity.Upper ?? quantity.Value;
        string unit = UnitName(quantity.Unit, last == 1m);
        return quantity.Precision switch
        {
            Precision.Range => (quantity.Wording ?? "between") + " " + Decimal(quantity.Value) + " and " + Decimal(last) + " " + unit,
            Precision.Unquantified => quantity.Wording ?? "an unquantified amount",
            _ => Figure(quantity.Precision, quantity.Wording, Decimal(quantity.Value) + " " + unit, null, AmountHedge, ""),
        };
    }

    private static string UnitName(QuantityUnit unit, bool one) => unit switch
    {
        QuantityUnit.Grams => "g",
        QuantityUnit.Kilograms => "kg",
        QuantityUnit.Millilitres => "ml",
        QuantityUnit.Litres => one ? "litre" : "litres",
        QuantityUnit.Wraps => one ? "wrap" : "wraps",
        QuantityUnit.Plants => one ? "plant" : "plants",
        QuantityUnit.Tablets => one ? "tablet" : "tablets",
        QuantityUnit.Items => one ? "item" : "items",
        QuantityUnit.Bags => one ? "bag" : "bags",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
