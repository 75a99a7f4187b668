using PolicingModel.Privacy;

namespace PolicingModel.Tests.Privacy;

public sealed class PublicCountTest
{
    [Fact]
    public void A_shown_count_has_its_value_and_prints_it()
    {
        PublicCount count = PublicCount.Shown(12);
        count.Status.Should().Be(PublicCountStatus.Shown);
        count.Value.Should().Be(12);
        count.Threshold.Should().BeNull();
        count.IsSuppressed.Should().BeFalse();
        count.ToString().Should().Be("12");
    }

    [Fact]
    public void A_count_below_the_threshold_has_no_value_and_prints_fewer_than()
    {
        PublicCount count = PublicCount.FewerThan(3);
        count.Status.Should().Be(PublicCountStatus.FewerThan);
        count.Value.Should().BeNull();
        count.Threshold.Should().Be(3);
        count.IsSuppressed.Should().BeTrue();
        count.ToString().Should().Be("fewer than 3");
    }

    [Fact]
    public void A_withheld_count_has_no_value_and_prints_withheld()
    {
        PublicCount.Withheld.Value.Should().BeNull();
        PublicCount.Withheld.Threshold.Should().BeNull();
        PublicCount.Withheld.IsSuppressed.Should().BeTrue();
        PublicCount.Withheld.ToString().Should().Be("withheld");
    }

    [Fact]
    public void Equality_is_by_status_and_number_and_the_default_is_a_shown_zero()
    {
        PublicCount.Shown(3).Should().Be(PublicCount.Shown(3)).And.NotBe(PublicCount.FewerThan(3));
        PublicCount.FewerThan(3).Should().NotBe(PublicCount.FewerThan(5));
        default(PublicCount).Should().Be(PublicCount.Shown(0));
    }

    [Fact]
    public void Invalid_values_are_refused()
    {
        FluentActions.Invoking(() => PublicCount.Shown(-1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "value");
        FluentActions.Invoking(() => PublicCount.FewerThan(1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "threshold");
    }
}
