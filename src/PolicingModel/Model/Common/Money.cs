using System.Globalization;

namespace PolicingModel;

/// <summary>
/// An amount of money in one currency, with the precision the source gave it ("around £20,000" is
/// <c>new Money(20000m, Currency.Gbp, Precision.Approximate)</c>; "several thousand pounds" is
/// <c>Money.Unquantified(Currency.Gbp, "several thousand pounds")</c>). Amounts are <see cref="decimal"/>, never binary
/// floating point, and never negative: this model records money seized or forfeited, not balances.
/// </summary>
/// <remarks>
/// Equality compares amount (numerically: 20000 equals 20000.00), currency, precision, upper end and wording. Amounts
/// (and a range's upper end) are at most <see cref="MaxAmount"/> (one million million), far beyond any seizure, so that
/// sums over any number of records stay exact in <see cref="decimal"/>; <see cref="Add"/> reports a sum beyond it as
/// "at least" <see cref="MaxAmount"/>, never an overflow. The default value is unset (it has no currency): it is refused
/// wherever an amount is passed, and <see cref="Add"/> refuses it.
/// </remarks>
public readonly record struct Money
{
    /// <summary>The largest amount: 1,000,000,000,000 in the currency's major unit.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">
    /// The amount, zero or more, in the currency's major unit (pounds, not pence): the lower end of a range, the bound of
    /// "up to"; 0 for an unquantified amount.
    /// </param>
    /// <param name="currency">The currency.</param>
    /// <param name="precision">How exact the amount is.</param>
    /// <param name="upper">The upper end of a <see cref="Precision.Range"/>; null otherwise.</param>
    /// <param name="wording">
    /// The source's words, kept for rendering: the hedge before the figure ("in excess of") or, for an unquantified
    /// amount, the phrase in place of it ("several thousand pounds", "a five-figure sum"); at most 60 characters.
    /// </param>
    /// <exception cref="ArgumentException">The amount is negative or above <see cref="MaxAmount"/>, the currency unset, the precision undefined, or the range or wording rules of <see cref="ReportedCount"/> broken.</exception>
    public Money(decimal amount, Currency currency, Precision precision = Precision.Exact, decimal? upper = null, string? wording = null)
    {
        Amount = Preconditions.CheckAtMost(Preconditions.CheckNotNegative(amount), MaxAmount, nameof(amount));
        Preconditions.CheckArgument(!currency.IsDefault, nameof(currency), $"{nameof(currency)} must be set; the default Currency is unset.");
        FigureRules.Check(amount, precision, upper, wording, nameof(amount));
        if (upper is { } high)
        {
            Preconditions.CheckAtMost(high, MaxAmount, nameof(upper));
        }
        Currency = currency;
        Precision = precision;
        Upper = upper;
        Wording = wording;
    }

    /// <summary>Pounds sterling.</summary>
    /// <param name="amount">The amount in pounds.</param>
    /// <param name="precision">How exact the amount is.</param>
    public static Money Pounds(decimal amount, Precision precision = Precision.Exact) => new(amount, Currency.Gbp, precision);

    /// <summary>"between <paramref name="low"/> and <paramref name="high"/>" in <paramref name="currency"/>.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end, greater than <paramref name="low"/>.</param>
    /// <param name="currency">The currency.</param>
    public static Money Between(decimal low, decimal high, Currency currency) => new(low, currency, Precision.Range, high);

    /// <summary>An amount given without a figure: "several thousand pounds", "a large sum of cash".</summary>
    /// <param name="currency">The currency (pounds when the source names none in an English press release).</param>
    /// <param name="wording">The source's words in place of the amount.</param>
    public static Money Unquantified(Currency currency, string wording) =>
        new(0m, currency, Precision.Unquantified, wording: Preconditions.CheckNotBlank(wording));

    /// <summary>The amount in the currency's major unit (see the constructor for its meaning in each form).</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>How exact the amount is.</summary>
    public Precision Precision { get; }

    /// <summary>The upper end of a range; null for every other form.</summary>
    public decimal? Upper { get; }

    /// <summary>The source's words, when kept; null otherwise.</summary>
    public string? Wording { get; }

    // The least the source's statement allows (approximate figures count as stated): what a table of numbers sums.
    internal decimal LowerEnd => Precision is Precision.UpTo or Precision.FewerThan or Precision.Unquantified ? 0m : Amount;

    /// <summary>
    /// Adds two amounts of the same currency by the interval rules of <see cref="Precision"/>: "around £20,000" plus
    /// £500 is "around £20,500"; "over £14,000" plus "several thousand pounds" is "over £14,000".
    /// </summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <remarks>A sum whose lower end is above <see cref="MaxAmount"/> is "at least" <see cref="MaxAmount"/>; one whose upper end is, "at least" its lower end: both true, and addition never overflows.</remarks>
    /// <exception cref="InvalidOperationException">The currencies differ (amounts in different currencies never add up silently), or either amount is unset (<c>default(Money)</c>).</exception>
    public Money Add(Money other)
    {
        if (Currency.IsDefault || other.Currency.IsDefault)
        {
            throw new InvalidOperationException("Cannot add an unset amount (default(Money), which has no currency): build amounts with new Money(…) or Money.Pounds(…).");
        }
        if (Currency != other.Currency)
        {
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}: amounts in different currencies never add up.");
        }
        // Both sides are at most MaxAmount, so the decimal sums cannot overflow; beyond it the sum is a lower bound.
        (decimal amount, Precision precision, decimal? upper) = FigureBounds.Of(Amount, Precision, Upper).Plus(FigureBounds.Of(other.Amount, other.Precision, other.Upper)).ToFigure().Capped(MaxAmount);
        return new Money(amount, Currency, precision, upper, FigureRules.WordingOfSum(Amount, Precision, Wording, other.Amount, other.Precision, other.Wording));
    }

    /// <summary>The same as <see cref="Add"/>.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Culture-invariant text such as <c>GBP 20000</c> or <c>GBP 20000 (Approximate)</c>.</summary>
    public override string ToString() =>
        Precision switch
        {
            Precision.Exact => string.Create(CultureInfo.InvariantCulture, $"{Currency} {Amount}"),
            Precision.Range => string.Create(CultureInfo.InvariantCulture, $"{Currency} {Amount} to {Upper} (Range)"),
            Precision.Unquantified => $"{Currency} (Unquantified)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Currency} {Amount} ({Precision})"),
        };

    /// <summary>Numeric equality of amount and upper end; equal currency, precision and wording.</summary>
    /// <param name="other">The other amount.</param>
    public bool Equals(Money other) =>
        Amount == other.Amount && Currency == other.Currency && Precision == other.Precision && Upper == other.Upper && string.Equals(Wording, other.Wording, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency, Precision, Upper, Wording);
}
