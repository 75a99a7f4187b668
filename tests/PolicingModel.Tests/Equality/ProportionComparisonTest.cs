using PolicingModel.Aggregation;
using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// Differences (Newcombe's hybrid score interval) and ratios (Katz) of two proportions, against Newcombe's published
/// examples and mpmath (ReferenceValues.md, "Two proportions": newcombe() and katz()).
/// </summary>
public sealed class ProportionComparisonTest
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:873–890, method 10, 95% limits to four decimals.
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    public void Difference_matches_Newcombes_published_examples(long k1, long n1, long k2, long n2, double lower, double upper)
    {
        ProportionDifference result = Proportions.Difference(new BinomialCount(k1, n1), new BinomialCount(k2, n2));
        result.Interval!.Value.Lower.Places(4).Should().Be(lower);
        result.Interval!.Value.Upper.Places(4).Should().Be(upper);
    }

    [Theory]
    // newcombe(k1, n1, k2, n2) in mpmath at 40 digits
    [InlineData(56, 70, 48, 80, 0.0524314724023649, 0.333872654036906)]
    [InlineData(9, 10, 3, 10, 0.170522723934503, 0.809017973535488)]
    [InlineData(6, 7, 2, 7, 0.0582279274823123, 0.806249637524228)]
    [InlineData(5, 56, 0, 29, -0.0381371479035369, 0.192560013855112)]
    [InlineData(0, 10, 0, 20, -0.161125158052819, 0.277532799862889)]
    [InlineData(10, 10, 0, 20, 0.679086037141915, 1.0)]
    public void Difference_matches_mpmath(long k1, long n1, long k2, long n2, double lower, double upper)
    {
        ProportionDifference result = Proportions.Difference(new BinomialCount(k1, n1), new BinomialCount(k2, n2));
        result.Status.Should().Be(ProportionStatus.Ok);
        result.Difference.ShouldBeCloseTo(((double)k1 / n1) - ((double)k2 / n2), 1e-15);
        result.Interval!.Value.Lower.ShouldBeCloseTo(lower, 1e-10);
        result.Interval!.Value.Upper.ShouldBeCloseTo(upper, 1e-10);
        result.Interval!.Value.Contains(result.Difference!.Value).Should().BeTrue();
    }

    [Fact]
    public void Difference_with_an_empty_group_is_not_estimable()
    {
        ProportionDifference result = Proportions.Difference(new BinomialCount(3, 10), default);
        result.Status.Should().Be(ProportionStatus.NoTrials);
        result.Difference.Should().BeNull();
        result.Interval.Should().BeNull();
    }

    [Fact]
    public void Ratio_matches_the_hand_worked_Katz_example_and_Disproportionality()
    {
        // katz(300, 100000, 600, 1000000): RR 5, 95% CI 4.35358682738686 to 5.742391501815 (z = 1.959964);
        // DisproportionalityTest works the same numbers by hand with z = 1.96: 4.354 to 5.742.
        ProportionRatio result = Proportions.Ratio(new BinomialCount(300, 100_000), new BinomialCount(600, 1_000_000));
        result.Status.Should().Be(ProportionRatioStatus.Ok);
        result.Ratio.ShouldBeCloseTo(5.0, 1e-14);
        result.Interval!.Value.Lower.ShouldBeCloseTo(4.35358682738686, 1e-12);
        result.Interval!.Value.Upper.ShouldBeCloseTo(5.742391501815, 1e-12);

        PopulationByEthnicity population = PopulationByEthnicity.Create([new(EthnicityGroup.White, 1_000_000), new(EthnicityGroup.Black, 100_000)]);
        GroupRate black = Disproportionality.Calculate(new Dictionary<EthnicityGroup, long> { [EthnicityGroup.White] = 600, [EthnicityGroup.Black] = 300 }, population)[EthnicityGroup.Black];
        result.Interval!.Value.Lower.ShouldBeCloseTo(black.ConfidenceInterval95!.Value.Lower, 1e-4, "1.96 and 1.959964 agree to about five figures");
        result.Interval!.Value.Upper.ShouldBeCloseTo(black.ConfidenceInterval95!.Value.Upper, 1e-4);
    }

    [Fact]
    public void Ratio_at_another_level_matches_mpmath()
    {
        // katz(30, 120, 40, 400, 0.90)
        ProportionRatio result = Proportions.Ratio(new BinomialCount(30, 120), new BinomialCount(40, 400), 0.90);
        result.Ratio.ShouldBeCloseTo(2.5, 1e-14);
        result.Interval!.Value.Lower.ShouldBeCloseTo(1.74683083549321, 1e-12);
        result.Interval!.Value.Upper.ShouldBeCloseTo(3.57790798800237, 1e-12);
        result.ConfidenceLevel.Should().Be(0.90);
    }

    [Fact]
    public void Zero_counts_and_empty_groups_give_statuses()
    {
        Proportions.Ratio(new BinomialCount(0, 0), new BinomialCount(4, 10)).Should().Match<ProportionRatio>(r => r.Status == ProportionRatioStatus.NoTrials && r.Ratio == null && r.Interval == null);
        Proportions.Ratio(new BinomialCount(4, 10), new BinomialCount(0, 10)).Should().Match<ProportionRatio>(r => r.Status == ProportionRatioStatus.ReferenceZeroCount && r.Ratio == null && r.Interval == null);
        Proportions.Ratio(new BinomialCount(0, 10), new BinomialCount(4, 10)).Should().Match<ProportionRatio>(r => r.Status == ProportionRatioStatus.ZeroCount && r.Ratio == 0.0 && r.Interval == null);
        ProportionRatio everyone = Proportions.Ratio(new BinomialCount(10, 10), new BinomialCount(20, 20));
        everyone.Status.Should().Be(ProportionRatioStatus.Ok);
        everyone.Interval!.Value.Lower.Should().Be(1.0, "with everybody in both groups there is no sampling variation");
        everyone.Interval!.Value.Upper.Should().Be(1.0);
    }

    [Fact]
    public void Huge_groups_give_finite_figures()
    {
        BinomialCount big = new(1, 1L << 53);
        ProportionRatio ratio = Proportions.Ratio(big, new BinomialCount(1L << 53, 1L << 53));
        double.IsFinite(ratio.Interval!.Value.Upper).Should().BeTrue();
        ratio.Interval!.Value.Lower.Should().BePositive();
        ProportionDifference difference = Proportions.Difference(new BinomialCount(5_000_000, 10_000_000), new BinomialCount(4_990_000, 10_000_000));
        difference.Interval!.Value.Lower.Should().BePositive();
        difference.Interval!.Value.Upper.Should().BeLessThan(0.002);
    }

    [Fact]
    public void Levels_are_checked()
    {
        FluentActions.Invoking(() => Proportions.Ratio(new BinomialCount(1, 2), new BinomialCount(1, 2), 1.0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("confidenceLevel");
        FluentActions.Invoking(() => Proportions.Difference(new BinomialCount(1, 2), new BinomialCount(1, 2), 0.0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("confidenceLevel");
    }
}
