namespace PolicingModel.Tests.Model;

public sealed class MoneyTest
{
    [Fact]
    public void Amounts_compare_numerically()
    {
        Money.Pounds(20000m).Should().Be(Money.Pounds(20000.00m));
    }

    [Fact]
    public void Adding_approximate_to_exact_is_approximate()
    {
        (Money.Pounds(20000m, Precision.Approximate) + Money.Pounds(500m)).Should().Be(Money.Pounds(20500m, Precision.Approximate));
    }

    [Fact]
    public void Different_currencies_never_add()
    {
        Action act = () => _ = Money.Pounds(1m) + new Money(1m, Currency.Eur);
        act.Should().Throw<InvalidOperationException>().WithMessage("*different currencies*");
    }

    [Fact]
    public void Negative_amounts_are_rejected()
    {
        Action act = () => _ = Money.Pounds(-1m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount").WithMessage("*must not be negative*");
    }
}
