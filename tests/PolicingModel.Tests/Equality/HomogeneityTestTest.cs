using CsCheck;
using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// The r×2 test of equal proportions against Agresti's published example, mpmath and exact enumeration
/// (ReferenceValues.md, "Tests of equal proportions": chisq() computes X² in fractions and its p-value with
/// mpmath.gammainc; freeman_halton() enumerates every table in fractions), and a big-integer brute force in the test.
/// </summary>
public sealed class HomogeneityTestTest
{
    private static BinomialCount[] Groups(long[] successes, long[] trials) =>
        successes.Zip(trials, (k, n) => new BinomialCount(k, n)).ToArray();

    [Fact]
    public void Agrestis_party_identification_by_gender()
    {
        // Agresti (2007), An Introduction to Categorical Data Analysis, table 2.5: females and males by party
        // (Democrat 762/484, Independent 327/239, Republican 468/477); X² = 30.1, df = 2, P < 0.001.
        // As groups: the number of females among each party's identifiers.
        HomogeneityTestResult result = HomogeneityTest.Of(Groups([762, 327, 468], [1246, 566, 945]));
        result.ChiSquare!.Value.Places(1).Should().Be(30.1);
        result.DegreesOfFreedom.Should().Be(2);
        result.Method.Should().Be(HomogeneityTestMethod.PearsonChiSquare);
        result.MeetsCochranRule.Should().BeTrue();
        // chisq([762, 327, 468], [1246, 566, 945])
        result.ChiSquare.ShouldBeCloseTo(30.0701490957547, 1e-12);
        result.PValue.ShouldBeCloseTo(2.95358918321176e-7, 1e-10);
        result.ChiSquarePValue.Should().Be(result.PValue);
        result.ExactPValue.Should().BeNull();
        result.Status.Should().Be(TableStatus.Ok);
    }

    [Fact]
    public void Chi_square_matches_mpmath()
    {
        // chisq([30, 45, 60], [200, 210, 190])
        HomogeneityTestResult result = HomogeneityTest.Of(Groups([30, 45, 60], [200, 210, 190]));
        result.ChiSquare.ShouldBeCloseTo(15.5711860295901, 1e-12);
        result.PValue.ShouldBeCloseTo(0.000415680752251368, 1e-10);
        result.SmallestExpectedCount.ShouldBeCloseTo(190.0 * 135 / 600, 1e-14);
    }

    [Theory]
    // freeman_halton(xs, ns) in exact fractions
    [InlineData(new long[] { 2, 5, 1 }, new long[] { 6, 7, 8 }, 0.0835225318197454)]
    [InlineData(new long[] { 0, 3, 1, 4 }, new long[] { 5, 5, 6, 6 }, 0.0752728523626356)]
    [InlineData(new long[] { 1, 1, 6 }, new long[] { 9, 10, 10 }, 0.0287499606839937)]
    public void Small_expected_counts_use_the_exact_test(long[] successes, long[] trials, double exact)
    {
        HomogeneityTestResult result = HomogeneityTest.Of(Groups(successes, trials));
        result.MeetsCochranRule.Should().BeFalse();
        result.Method.Should().Be(HomogeneityTestMethod.FreemanHaltonExact);
        result.PValue.ShouldBeCloseTo(exact, 1e-10);
        result.ExactPValue.Should().Be(result.PValue);
        result.ChiSquarePValue.Should().NotBeNull("the chi-square figures are given whichever test is used");
    }

    [Fact]
    public void The_chi_square_figures_of_a_small_table_match_mpmath()
    {
        // chisq([2, 5, 1], [6, 7, 8]): X² = 357/64 = 5.578125, p = 0.0614788233032267
        HomogeneityTestResult result = HomogeneityTest.Of(Groups([2, 5, 1], [6, 7, 8]));
        result.ChiSquare.ShouldBeCloseTo(5.578125, 1e-13);
        result.ChiSquarePValue.ShouldBeCloseTo(0.0614788233032267, 1e-11);
        result.ExpectedCountsBelowFive.Should().Be(6, "K = 8 of N = 21: expected counts 2.29, 2.67, 3.05 with and 3.71, 4.33, 4.95 without");
    }

    [Fact]
    public void Two_groups_with_small_counts_use_Fishers_test()
    {
        // fisher(0, 5, 5, 0): every expected count is 2.5
        HomogeneityTestResult result = HomogeneityTest.Of([new BinomialCount(0, 5), new BinomialCount(5, 5)]);
        result.Method.Should().Be(HomogeneityTestMethod.FreemanHaltonExact);
        result.PValue.ShouldBeCloseTo(0.00793650793650794, 1e-10);
        // 1 of 10 against 11 of 14: expected counts 5, 5, 7 and 7, so Cochran's rule holds and chi-square is used.
        HomogeneityTestResult cochran = HomogeneityTest.Of([new BinomialCount(1, 10), new BinomialCount(11, 14)]);
        cochran.Method.Should().Be(HomogeneityTestMethod.PearsonChiSquare);
        cochran.SmallestExpectedCount.ShouldBeCloseTo(5.0, 1e-14);
    }

    [Fact]
    public void Matches_a_big_integer_brute_force_on_small_tables()
    {
        Gen.Int[3, 4].SelectMany(r => Gen.Select(Gen.Long[1, 9].Array[r], Gen.Double[0, 1].Array[r])).Sample((trials, shares) =>
        {
            long[] successes = trials.Select((n, i) => (long)Math.Round(n * shares[i])).ToArray();
            HomogeneityTestResult result = HomogeneityTest.Of(Groups(successes, trials));
            if (result.Method == HomogeneityTestMethod.FreemanHaltonExact && result.Status == TableStatus.Ok)
            {
                result.PValue.ShouldBeCloseTo(ExactTables.FreemanHalton(successes, trials), 1e-10);
            }
            result.PValue.Should().BeGreaterThan(0.0).And.BeLessThanOrEqualTo(1.0);
        }, iter: 200);
    }

    [Fact]
    public void Chi_square_p_falls_as_the_table_moves_away_from_independence()
    {
        Gen.Select(Gen.Long[10, 20_000], Gen.Long[10, 20_000], Gen.Long[10, 20_000]).Sample((m1, m2, m3) =>
        {
            // Groups of 5m with exactly a fifth successes (X² = 0), then successes moved from the third group to the
            // first: the pooled proportion stays at a fifth and X² grows with the square of the shift.
            double previous = double.PositiveInfinity;
            double previousStatistic = -1.0;
            long step = Math.Max(1, Math.Min(m1, m3) / 50);
            for (long shift = 0; shift <= Math.Min(m1, m3); shift += step)
            {
                HomogeneityTestResult result = HomogeneityTest.Of([new(m1 + shift, 5 * m1), new(m2, 5 * m2), new(m3 - shift, 5 * m3)]);
                result.ChiSquare!.Value.Should().BeGreaterThan(previousStatistic);
                result.ChiSquarePValue!.Value.Should().BeLessThanOrEqualTo(previous);
                if (shift > 0 && previous > 1e-290)
                {
                    result.ChiSquarePValue!.Value.Should().BeLessThan(previous, "the p-value falls strictly while it is above double range");
                }
                previous = result.ChiSquarePValue!.Value;
                previousStatistic = result.ChiSquare!.Value;
            }
            previous.Should().BeLessThan(0.01);
        }, iter: 100);
    }

    [Fact]
    public void Too_many_tables_fall_back_to_chi_square_flagged_as_approximate()
    {
        // 30 groups of 40 with 1 success each: every expected success count is 1, and the tables with these margins
        // number far more than a million.
        BinomialCount[] groups = Enumerable.Range(0, 30).Select(_ => new BinomialCount(1, 40)).ToArray();
        HomogeneityTestResult result = HomogeneityTest.Of(groups);
        result.MeetsCochranRule.Should().BeFalse();
        result.Method.Should().Be(HomogeneityTestMethod.PearsonChiSquareSmallExpectedCounts);
        result.ExactPValue.Should().BeNull();
        result.ChiSquare.Should().Be(0.0);
        result.PValue.Should().Be(1.0);
    }

    [Fact]
    public void Empty_groups_are_left_out()
    {
        HomogeneityTestResult with = HomogeneityTest.Of([new(2, 6), default, new(5, 7), new(1, 8)]);
        HomogeneityTestResult without = HomogeneityTest.Of([new(2, 6), new(5, 7), new(1, 8)]);
        with.GroupsCompared.Should().Be(3);
        with.Groups.Should().HaveCount(4);
        with.PValue.Should().Be(without.PValue);
        with.ChiSquare.Should().Be(without.ChiSquare);
        with.DegreesOfFreedom.Should().Be(2);
    }

    [Theory]
    [InlineData(new long[] { 0, 0 }, new long[] { 10, 20 })]
    [InlineData(new long[] { 10, 20 }, new long[] { 10, 20 })]
    [InlineData(new long[] { 0, 3 }, new long[] { 0, 20 })]
    [InlineData(new long[] { 0, 0, 0 }, new long[] { 0, 0, 0 })]
    public void A_zero_margin_gives_a_status_not_NaN(long[] successes, long[] trials)
    {
        HomogeneityTestResult result = HomogeneityTest.Of(Groups(successes, trials));
        result.Status.Should().Be(TableStatus.SingleTable);
        result.PValue.Should().Be(1.0);
        result.ChiSquare.Should().BeNull();
        result.ChiSquarePValue.Should().BeNull();
        if (result.SmallestExpectedCount is { } e)
        {
            double.IsFinite(e).Should().BeTrue();
        }
    }

    [Fact]
    public void Huge_groups_give_finite_figures()
    {
        HomogeneityTestResult result = HomogeneityTest.Of([new(5_000_000, 10_000_000), new(4_900_000, 10_000_000), new(0, 10_000_000)]);
        result.PValue.Should().Be(double.Epsilon, "the chi-square tail is far below double range");
        double.IsFinite(result.ChiSquare!.Value).Should().BeTrue();
    }

    [Fact]
    public void Invalid_input_is_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => HomogeneityTest.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("groups");
        FluentActions.Invoking(() => HomogeneityTest.Of([new(1, 2)])).Should().Throw<ArgumentException>().WithParameterName("groups");
        FluentActions.Invoking(() => HomogeneityTest.Of([new(1, 1L << 53), new(1, 1L << 53)])).Should().Throw<ArgumentException>().WithParameterName("groups");
    }
}
