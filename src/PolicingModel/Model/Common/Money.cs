using System.Globalization;

namespace PolicingModel;

/// <summary>
/// An amount of money in one currency, with the precision the source gave it ("around £20,000" is
/// <c>new Money(20000m, Currency.Gbp, Precision.Approximate)</c>). Amounts are <see cref="decimal"/>, never binary
/// floating point, and never negative: this model records money seized or forfeited, not balances.
/// </summary>
/// <remarks>
/// Equality compares amount (numerically: 20000 equals 20000.00), currency and precision. Amounts are at most
/// <see cref="MaxAmount"/> (one million million), far beyond any seizure, so that sums over any number of records
/// stay exact in <see cref="decimal"/>; <see cref="Add"/> reports a sum beyond it as <see cref="MaxAmount"/> with
/// precision <see cref="Precision.AtLeast"/>, never an overflow. The default value is unset (it has no currency): it
/// is refused wherever an amount is passed, and <see cref="Add"/> refuses it.
/// </remarks>
public readonly record struct Money
{
    /// <summary>The largest amount: 1,000,000,000,000 in the currency's major unit.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, zero or more, in the currency's major unit (pounds, not pence).</param>
    /// <param name="currency">The currency.</param>
    /// <param name="precision">How exact the amount is.</param>
    /// <exception cref="ArgumentException">The amount is negative or above <see cref="MaxAmount"/>, the currency unset or the precision undefined.</exception>
    public Money(decimal amount, Currency currency, Precision precision = Precision.Exact)
    {
        Amount = Preconditions.CheckAtMost(Preconditions.CheckNotNegative(amount), MaxAmount, nameof(amount));
        Preconditions.CheckArgument(!currency.IsDefault, nameof(currency), $"{nameof(currency)} must be set; the default Currency is unset.");
        Currency = currency;
        Precision = Preconditions.CheckDefined(precision);
    }

    /// <summary>Pounds sterling.</summary>
    /// <param name="amount">The amount in pounds.</param>
    /// <param name="precision">How exact the amount is.</param>
    public static Money Pounds(decimal amount, Precision precision = Precision.Exact) => new(amount, Currency.Gbp, precision);

    /// <summary>The amount in the currency's major unit.</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>How exact the amount is.</summary>
    public Precision Precision { get; }

    /// <summary>
    /// Adds two amounts of the same currency; the result's precision follows <see cref="PrecisionExtensions.CombineWith"/>.
    /// A sum above <see cref="MaxAmount"/> is <see cref="MaxAmount"/> with precision <see cref="Precision.AtLeast"/>
    /// (a true lower bound), so addition never overflows.
    /// </summary>
    /// <param name="other">The amount to add.</param>
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
        // Both amounts are at most MaxAmount, so the decimal sum cannot overflow; beyond MaxAmount it is a lower bound.
        decimal sum = Amount + other.Amount;
        return sum > MaxAmount
            ? new Money(MaxAmount, Currency, Precision.AtLeast)
            : new Money(sum, Currency, Precision.CombineWith(other.Precision));
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other amount.</param>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Culture-invariant text such as <c>GBP 20000 (Approximate)</c>; use the Reporting namespace for prose.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Currency} {Amount}") + (Precision == Precision.Exact ? "" : $" ({Precision})");

    /// <summary>Numeric equality on the amount (20000 and 20000.00 are equal), plus currency and precision.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency && Precision == other.Precision;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency, Precision);
}
