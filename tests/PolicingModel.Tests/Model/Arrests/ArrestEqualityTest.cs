namespace PolicingModel.Tests.Model;

/// <summary>Arrests compare their offence lists by content, not by reference (the compiler's record equality would not).</summary>
public sealed class ArrestEqualityTest
{
    [Fact]
    public void Arrests_built_separately_with_equal_offence_lists_are_equal()
    {
        Arrest first = Examples.Arrest();
        Arrest second = Examples.Arrest();
        first.Should().Be(second);
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }
}
