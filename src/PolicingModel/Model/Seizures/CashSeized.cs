namespace PolicingModel;

/// <summary>Cash seized, such as "around £20,000".</summary>
public sealed record CashSeized : SeizedItem
{
    /// <summary>Creates a cash seizure.</summary>
    /// <param name="amount">The amount, with its currency and precision.</param>
    /// <exception cref="ArgumentException">An unset amount (the default <see cref="Money"/>).</exception>
    public CashSeized(Money amount)
    {
        Preconditions.CheckArgument(!amount.Currency.IsDefault, nameof(amount), $"{nameof(amount)} must be set; default(Money) is unset (it has no currency).");
        Amount = amount;
    }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>Cash in pounds sterling in one line: <c>CashSeized.Pounds(20_000m, Precision.Approximate)</c>.</summary>
    /// <param name="amount">The amount in pounds.</param>
    /// <param name="precision">How exact the amount is.</param>
    public static CashSeized Pounds(decimal amount, Precision precision = Precision.Exact) => new(Money.Pounds(amount, precision));
}
