namespace PolicingModel.Tests.Model;

/// <summary>Quantities add only within a unit, and a sum keeps the weakest precision of its parts.</summary>
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

    [Theory]
    [InlineData(Precision.Exact, Precision.Exact, Precision.Exact)]
    [InlineData(Precision.Exact, Precision.AtLeast, Precision.AtLeast)]
    [InlineData(Precision.AtLeast, Precision.MoreThan, Precision.MoreThan)]
    [InlineData(Precision.MoreThan, Precision.Approximate, Precision.Approximate)]
    [InlineData(Precision.Estimated, Precision.Estimated, Precision.Estimated)]
    [InlineData(Precision.Estimated, Precision.Approximate, Precision.Approximate)]
    public void Precision_of_a_sum(Precision left, Precision right, Precision expected)
    {
        left.CombineWith(right).Should().Be(expected);
        right.CombineWith(left).Should().Be(expected);
    }
}
