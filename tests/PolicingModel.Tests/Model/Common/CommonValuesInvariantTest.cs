namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Common refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class CommonValuesInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "negative money", () => _ = Money.Pounds(-5m), "amount", "*must not be negative*" },
        { "unset currency", () => _ = new Money(5m, default), "currency", "*must be set*" },
        { "lower-case currency", () => _ = new Currency("gbp"), "code", "*three-letter upper-case ISO 4217*" },
        { "quantity without unit", () => _ = new Quantity(2m, QuantityUnit.None), "unit", "*must be set*" },
        { "negative quantity", () => _ = new Quantity(-1m, QuantityUnit.Grams), "value", "*must not be negative*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
