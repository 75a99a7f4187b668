namespace PolicingModel.Tests.Model;

/// <summary>Quantities add only within a dimension, converting units exactly.</summary>
public sealed class QuantityTest
{
    [Fact]
    public void Quantities_in_different_units_never_add()
    {
        Action act = () => _ = new Quantity(3m, QuantityUnit.Grams) + new Quantity(2m, QuantityUnit.Wraps);
        act.Should().Throw<InvalidOperationException>().WithMessage("*different units*");
        (new Quantity(1m, QuantityUnit.Kilograms) + new Quantity(250m, QuantityUnit.Grams, Precision.Approximate))
            .Should().Be(new Quantity(1250m, QuantityUnit.Grams, Precision.Approximate));
    }

    [Fact]
    public void Kilograms_and_grams_add_in_grams_with_both_ends_of_a_range_converted()
    {
        (Quantity.Between(1m, 2m, QuantityUnit.Kilograms) + new Quantity(500m, QuantityUnit.Grams))
            .Should().Be(Quantity.Between(1500m, 2500m, QuantityUnit.Grams));
    }

    [Fact]
    public void An_unquantified_amount_keeps_its_words_until_something_is_added()
    {
        Quantity vague = Quantity.Unquantified(QuantityUnit.Grams, "a significant amount");
        (new Quantity(0m, QuantityUnit.Grams) + vague).Should().Be(vague);
        (vague + new Quantity(200m, QuantityUnit.Grams)).Should().Be(new Quantity(200m, QuantityUnit.Grams, Precision.AtLeast));
    }
}
