using CsCheck;
using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// Power of the two-proportion test against R's documented example and mpmath (ReferenceValues.md, "Power": power()
/// is the same formula in mpmath at 40 digits, minimum_detectable() solves it for the difference by bisection, and
/// fisher_power() sums exact binomial probabilities over every table Fisher's test rejects, in fractions).
/// </summary>
public sealed class PowerAnalysisTest
{
    [Fact]
    public void Rs_documented_example()
    {
        // R, ?power.prop.test: power.prop.test(n = 50, p1 = .50, p2 = .75) gives power = 0.740 (0.7401659), and
        // power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 per group.
        TwoProportionPower result = PowerAnalysis.For(50, 50, 0.50, 0.25);
        result.Power!.Value.Places(3).Should().Be(0.740);
        result.Power.ShouldBeCloseTo(0.740167193453611, 1e-10); // power(50, 50, 0.75, 0.50)
        PowerAnalysis.For(76, 76, 0.50, 0.25).Power.Should().BeLessThan(0.9);
        PowerAnalysis.For(77, 77, 0.50, 0.25).Power.Should().BeGreaterThan(0.9);
        PowerAnalysis.For(76, 76, 0.50, 0.25).Power.ShouldBeCloseTo(0.897290477424057, 1e-10);
        PowerAnalysis.For(77, 77, 0.50, 0.25).Power.ShouldBeCloseTo(0.901104317651473, 1e-10);
    }

    [Theory]
    // power(n1, n2, p1, p2) with p1 = p2 + difference
    [InlineData(120, 900, 0.10, 0.05, 0.401080211607254)]
    [InlineData(40, 60, 0.30, -0.20, 0.674344411894037)]
    public void Power_matches_mpmath(long n1, long n2, double p2, double difference, double expected)
    {
        TwoProportionPower result = PowerAnalysis.For(n1, n2, p2, difference);
        result.Power.ShouldBeCloseTo(expected, 1e-10);
        result.Status.Should().Be(ProportionStatus.Ok);
        result.SignificanceLevel.Should().Be(0.05);
        result.TargetPower.Should().Be(0.8);
    }

    [Fact]
    public void Minimum_detectable_differences_match_mpmath()
    {
        // minimum_detectable(120, 900, 0.10, +1) = 0.0911233076451994, (..., -1) = 0.0704662700562646
        TwoProportionPower result = PowerAnalysis.For(120, 900, 0.10, 0.05);
        result.MinimumDetectableIncrease.ShouldBeCloseTo(0.0911233076451994, 1e-9);
        result.MinimumDetectableDecrease.ShouldBeCloseTo(0.0704662700562646, 1e-9);
        result.MinimumDetectableDifference.Should().Be(result.MinimumDetectableIncrease);
        PowerAnalysis.For(120, 900, 0.10, -0.05).MinimumDetectableDifference.Should().Be(result.MinimumDetectableDecrease);
        // minimum_detectable(1000, 1000, 0.5, +1)
        PowerAnalysis.For(1000, 1000, 0.5, 0.0).MinimumDetectableIncrease.ShouldBeCloseTo(0.0624860094065166, 1e-9);
    }

    [Theory]
    // fisher_power(n1, n2, p1, p2): exact, in fractions
    [InlineData(10, 12, 0.6, -0.4, 0.430716796997775)]
    [InlineData(15, 15, 0.1, 0.4, 0.535812337952606)]
    public void Exact_power_of_Fishers_test_matches_exact_enumeration(long n1, long n2, double p2, double difference, double expected)
    {
        PowerAnalysis.For(n1, n2, p2, difference).ExactPower.ShouldBeCloseTo(expected, 1e-10);
    }

    [Fact]
    public void The_observed_difference_is_read_from_the_counts()
    {
        TwoProportionPower observed = PowerAnalysis.Of(new BinomialCount(18, 120), new BinomialCount(90, 900));
        TwoProportionPower given = PowerAnalysis.For(120, 900, 0.10, (18.0 / 120) - 0.10);
        observed.Should().Be(given);
        observed.Difference.ShouldBeCloseTo(0.05, 1e-14);
        observed.ReferenceProportion.Should().Be(0.10);
    }

    [Fact]
    public void The_result_says_what_a_report_needs()
    {
        // "No statistically significant difference (p = …); with these numbers the test had …% power to detect a
        // difference of 5 percentage points, and could only reliably detect a difference of at least … points."
        FisherExactResult test = FisherExactTest.Compare(new BinomialCount(18, 120), new BinomialCount(90, 900));
        TwoProportionPower power = PowerAnalysis.Of(new BinomialCount(18, 120), new BinomialCount(90, 900));
        string sentence = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"p = {test.PValue:F2}; {power.Power * 100:F0}% power to detect {power.Difference * 100:F0} points; at least {power.MinimumDetectableDifference * 100:F1} points");
        // fisher(18, 102, 90, 810)[0] = 0.1125; power(120, 900, 0.15, 0.10) = 0.4011; minimum_detectable(120, 900, 0.10, +1) = 0.0911
        sentence.Should().Be("p = 0.11; 40% power to detect 5 points; at least 9.1 points");
    }

    [Fact]
    public void Power_grows_with_the_group_sizes_and_the_effect_and_the_detectable_difference_shrinks()
    {
        Gen.Select(Gen.Long[5, 200_000], Gen.Long[5, 200_000], Gen.Double[0.01, 0.99], Gen.Double[0.001, 0.3]).Sample((n1, n2, p2, size) =>
        {
            double difference = Math.Min(size, 1.0 - p2);
            TwoProportionPower small = PowerAnalysis.For(n1, n2, p2, difference);
            TwoProportionPower large = PowerAnalysis.For(4 * n1, 4 * n2, p2, difference);
            TwoProportionPower bigger = PowerAnalysis.For(n1, n2, p2, Math.Min(1.0 - p2, 1.5 * difference));
            foreach (TwoProportionPower result in new[] { small, large, bigger })
            {
                result.Power!.Value.Should().BeInRange(0.0, 1.0);
            }
            if (!small.IsApproximationAdequate || !bigger.IsApproximationAdequate)
            {
                // Outside its domain the approximation need not be monotone (see PowerAnalysis's remarks and the test below).
                return;
            }
            large.Power!.Value.Should().BeGreaterThanOrEqualTo(small.Power!.Value - 1e-12);
            bigger.Power!.Value.Should().BeGreaterThanOrEqualTo(small.Power!.Value - 1e-12);
            if (small.MinimumDetectableIncrease is { } mdd)
            {
                large.MinimumDetectableIncrease!.Value.Should().BeLessThan(mdd);
                PowerAnalysis.For(n1, n2, p2, mdd).Power!.Value.Should().BeGreaterThanOrEqualTo(0.8 - 1e-9);
                PowerAnalysis.For(n1, n2, p2, Math.Max(0.0, mdd - 1e-6)).Power!.Value.Should().BeLessThan(0.8 + 1e-9);
            }
        }, iter: 300);
    }

    [Fact]
    public void Outside_its_domain_the_approximation_is_flagged_and_the_detectable_difference_is_still_found()
    {
        // A property test found this: 27 people against 102,791 at p₂ = 0.9025. At p₁ = 1 every sample of the small
        // group is all-outcome, σ₁ collapses, and the approximate power at the end of the range is ~0 although 0.98
        // gives 0.10 — so only 27 × (1 − p₁) < 5 marks the figures as unreliable.
        // power(27, 102791, 1.0, 0.9025) = 7.3705e-55; power(27, 102791, 0.9025 + 3/38, 0.9025) = 0.102417;
        // minimum_detectable(27, 102791, 0.9025, -1) = 0.184740
        TwoProportionPower nearOne = PowerAnalysis.For(27, 102_791, 0.9025, 0.0975);
        nearOne.IsApproximationAdequate.Should().BeFalse();
        nearOne.Power.ShouldBeCloseTo(7.370521325017944e-55, 1e-6);
        PowerAnalysis.For(27, 102_791, 0.9025, 3.0 / 38).Power.ShouldBeCloseTo(0.1024167696128788, 1e-9);
        nearOne.MinimumDetectableDecrease.ShouldBeCloseTo(0.1847397672550348, 1e-9);
        PowerAnalysis.For(500, 500, 0.3, 0.1).IsApproximationAdequate.Should().BeTrue();
    }

    [Fact]
    public void Extremes_give_statuses_or_finite_figures()
    {
        PowerAnalysis.For(0, 100, 0.2, 0.1).Should().Match<TwoProportionPower>(r => r.Status == ProportionStatus.NoTrials && r.Power == null && r.MinimumDetectableIncrease == null);
        PowerAnalysis.Of(default, new BinomialCount(3, 10)).Should().Match<TwoProportionPower>(r => r.Status == ProportionStatus.NoTrials && r.Difference == null && r.ReferenceProportion == 0.3);
        TwoProportionPower huge = PowerAnalysis.For(10_000_000, 10_000_000, 0.3, 0.001);
        huge.Power!.Value.Should().BeInRange(0.99, 1.0);
        huge.MinimumDetectableIncrease!.Value.Should().BeInRange(1e-5, 1e-3);
        huge.ExactPower.Should().BeNull("(n1 + 1)(n2 + 1) is far above the enumeration bound");
        TwoProportionPower none = PowerAnalysis.For(50, 50, 0.0, 0.0);
        none.Power.Should().Be(0.0, "with no one having the outcome in either group the test never rejects");
        none.MinimumDetectableDecrease.Should().BeNull();
        none.MinimumDetectableIncrease.Should().NotBeNull();
        PowerAnalysis.For(50, 50, 1.0, 0.0).MinimumDetectableIncrease.Should().BeNull();
        PowerAnalysis.For(50, 50, 0.0, 1.0).Power.Should().Be(1.0);
        PowerAnalysis.For(1, 1, 0.0, 1.0).Power.Should().Be(0.0, "one against one can never reach z > 1.96 (z = √2)");
        PowerAnalysis.For(2, 2, 0.5, 0.0).MinimumDetectableIncrease.Should().BeNull("two people per group cannot show any difference reliably");
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => PowerAnalysis.For(-1, 10, 0.5, 0.1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("groupSize");
        FluentActions.Invoking(() => PowerAnalysis.For(10, -1, 0.5, 0.1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("referenceSize");
        FluentActions.Invoking(() => PowerAnalysis.For(10, 10, 1.5, 0.1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("referenceProportion");
        FluentActions.Invoking(() => PowerAnalysis.For(10, 10, double.NaN, 0.1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("referenceProportion");
        FluentActions.Invoking(() => PowerAnalysis.For(10, 10, 0.9, 0.2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("difference");
        FluentActions.Invoking(() => PowerAnalysis.For(10, 10, 0.5, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("difference");
        FluentActions.Invoking(() => PowerAnalysis.For(10, 10, 0.5, 0.1, significanceLevel: 0.0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("significanceLevel");
        FluentActions.Invoking(() => PowerAnalysis.Of(new(1, 2), new(1, 2), targetPower: 1.0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("targetPower");
    }
}
