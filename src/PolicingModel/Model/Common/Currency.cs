namespace PolicingModel;

/// <summary>An ISO 4217 currency code such as <c>GBP</c>.</summary>
/// <remarks>Equality is ordinal on the code. The default value is not a currency and is rejected by <see cref="Money"/>.</remarks>
public readonly record struct Currency
{
    /// <summary>Pound sterling.</summary>
    public static Currency Gbp { get; } = new("GBP");

    /// <summary>Euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>United States dollar.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Creates a currency from its three-letter ISO 4217 code.</summary>
    /// <param name="code">Three upper-case ASCII letters.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case letters.</exception>
    public Currency(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(
            code.Length == 3 && code.All(char.IsAsciiLetterUpper),
            nameof(code),
            $"{nameof(code)} must be a three-letter upper-case ISO 4217 code such as GBP; it was '{SafeText.Quote(code)}'.");
        Code = code;
    }

    /// <summary>The ISO 4217 code.</summary>
    public string Code => field ?? string.Empty;

    /// <summary>True for the default (unset) value.</summary>
    public bool IsDefault => Code.Length == 0;

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}
