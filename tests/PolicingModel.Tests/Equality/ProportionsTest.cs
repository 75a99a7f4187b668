using CsCheck;
using PolicingModel.Equality;
using PolicingModel.Tests.Determinism;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// Wilson and Clopper–Pearson intervals against Newcombe's published table and against mpmath (ReferenceValues.md,
/// "Single proportions": wilson() is the closed form in mpmath at 40 digits, clopper_pearson() solves
/// I_x(a, b) = α/2 by bisection on mpmath.betainc, or on the binomial tail for n = 10^7).
/// </summary>
public sealed class ProportionsTest
{
    public static TheoryData<long, long, double, double, double, double> NewcombeTableII => new()
    {
        // Newcombe (1998), Statistics in Medicine 17:857–872, Table II, 95% limits to four decimals:
        // k, n, Wilson (method 3) lower, upper, Clopper–Pearson (method 5) lower, upper.
        { 81, 263, 0.2553, 0.3662, 0.2527, 0.3676 },
        { 15, 148, 0.0624, 0.1605, 0.0578, 0.1617 },
        { 0, 20, 0.0000, 0.1611, 0.0000, 0.1684 },
        { 1, 29, 0.0061, 0.1718, 0.0009, 0.1776 },
    };

    [Theory]
    [MemberData(nameof(NewcombeTableII))]
    public void Matches_Newcombes_published_table(long k, long n, double wilsonLower, double wilsonUpper, double exactLower, double exactUpper)
    {
        ProportionInterval wilson = Proportions.Wilson(k, n).Interval!.Value;
        wilson.Lower.Places(4).Should().Be(wilsonLower);
        wilson.Upper.Places(4).Should().Be(wilsonUpper);
        ProportionInterval exact = Proportions.ClopperPearson(k, n).Interval!.Value;
        exact.Lower.Places(4).Should().Be(exactLower);
        exact.Upper.Places(4).Should().Be(exactUpper);
    }

    public static TheoryData<long, long, double, double, double, double, double> Mpmath => new()
    {
        // k, n, level, Wilson lower, upper, Clopper–Pearson lower, upper (python3 reference_values.py)
        { 0, 10, 0.95, 0.0, 0.277532799862889, 0.0, 0.308497107818761 },
        { 5, 10, 0.95, 0.236593090512564, 0.763406909487436, 0.187086028447399, 0.812913971552601 },
        { 10, 10, 0.95, 0.722467200137111, 1.0, 0.691502892181239, 1.0 },
        { 81, 263, 0.95, 0.255288519878274, 0.3662095769828, 0.252736745585271, 0.367621922601351 },
        { 81, 263, 0.99, 0.240136902687608, 0.38528250231823, 0.236837358165539, 0.386258325669745 },
        { 81, 263, 0.90, 0.263313617188481, 0.356566349608488, 0.261055746009112, 0.358178495575784 },
        { 15, 148, 0.95, 0.0623863995307363, 0.160487241723308, 0.0578440100834486, 0.161650490349479 },
        { 1, 29, 0.95, 0.00611321429276266, 0.171755218793203, 0.000872646883579923, 0.177644295488723 },
        { 1, 10_000_000, 0.95, 1.76524557116174e-8, 5.66493201960646e-7, 2.53178079522403e-9, 5.57164211736073e-7 },
        { 5_000_000, 10_000_000, 0.95, 0.499690102543371, 0.500309897456629, 0.499690052521371, 0.500309947478629 },
        { 0, 10_000_000, 0.95, 0.0, 3.8414573450141e-7, 0.0, 3.68887877372244e-7 },
        { 10_000_000, 10_000_000, 0.95, 0.999999615854265, 1.0, 0.999999631112123, 1.0 },
        { 9_999_999, 10_000_000, 0.95, 0.999999433506798, 0.999999982347544, 0.999999442835788, 0.999999997468219 },
    };

    [Theory]
    [MemberData(nameof(Mpmath))]
    public void Matches_mpmath(long k, long n, double level, double wilsonLower, double wilsonUpper, double exactLower, double exactUpper)
    {
        ProportionEstimate wilson = Proportions.Wilson(k, n, level);
        wilson.Interval!.Value.Lower.ShouldBeCloseTo(wilsonLower, 1e-10);
        wilson.Interval!.Value.Upper.ShouldBeCloseTo(wilsonUpper, 1e-10);
        ProportionEstimate exact = Proportions.ClopperPearson(k, n, level);
        exact.Interval!.Value.Lower.ShouldBeCloseTo(exactLower, 1e-12);
        exact.Interval!.Value.Upper.ShouldBeCloseTo(exactUpper, 1e-12);
        foreach (ProportionEstimate estimate in new[] { wilson, exact })
        {
            estimate.Status.Should().Be(ProportionStatus.Ok);
            estimate.Estimate.Should().Be((double)k / n);
            estimate.Interval!.Value.ConfidenceLevel.Should().Be(level);
            estimate.ConfidenceLevel.Should().Be(level);
        }
        wilson.Method.Should().Be(ProportionIntervalMethod.Wilson);
        exact.Method.Should().Be(ProportionIntervalMethod.ClopperPearson);
    }

    public static TheoryData<long, long, double, double> ClopperPearsonGrid => new()
    {
        // python3 reference_values.py grid: clopper_pearson(k, n) for k in 1, 2, 5, 20, 100, 1000 and n in 10^3, 10^5,
        // 10^7 (17 significant figures), and the case a property test found (an upper limit of 0.5 before the fix
        // described in SpecialFunctions.RegularizedBeta).
        { 1, 1000, 2.5317487491294066e-5, 0.0055589242798266718 },
        { 2, 1000, 0.00024230111687723205, 0.0072058389114574973 },
        { 5, 1000, 0.0016254195175627607, 0.011629470559812148 },
        { 20, 1000, 0.012258267972406327, 0.03072003268260911 },
        { 100, 1000, 0.082105334355580003, 0.12028793651869263 },
        { 1, 100_000, 2.5317804779333163e-7, 5.5715160347742751e-5 },
        { 2, 100_000, 2.4221019627031557e-6, 7.2244989365047897e-5 },
        { 5, 100_000, 1.6235056817057863e-5, 0.00011667943042027703 },
        { 20, 100_000, 0.00012216933968999097, 0.00030886696263114313 },
        { 100, 100_000, 0.00081371168197017515, 0.0012161363956476472 },
        { 1000, 100_000, 0.0093925560890985215, 0.010636111529354271 },
        { 1, 10_000_000, 2.5317807952240328e-9, 5.5716421173607302e-7 },
        { 2, 10_000_000, 2.4220928772116288e-8, 7.224685780387378e-7 },
        { 5, 10_000_000, 1.623486583030336e-7, 1.1668328188907439e-6 },
        { 20, 10_000_000, 1.2216523728933111e-6, 3.0888361086456236e-6 },
        { 100, 10_000_000, 8.1364062997952686e-6, 1.2162666227232308e-5 },
        { 1000, 10_000_000, 9.3897583667030845e-5, 0.00010639487338387987 },
        { 5, 8_811_221, 1.84252172208294e-7, 1.32425774634711e-6 },
    };

    [Theory]
    [MemberData(nameof(ClopperPearsonGrid))]
    public void Clopper_Pearson_matches_mpmath_to_twelve_significant_figures_up_to_ten_million(long k, long n, double lower, double upper)
    {
        ProportionInterval interval = Proportions.ClopperPearson(k, n).Interval!.Value;
        interval.Lower.ShouldBeCloseTo(lower, 1e-12);
        interval.Upper.ShouldBeCloseTo(upper, 1e-12);
    }

    [Fact]
    public void None_and_all_give_exact_one_sided_limits()
    {
        foreach (long n in new long[] { 1, 2, 10, 263, 10_000_000, 1L << 53 })
        {
            Proportions.Wilson(0, n).Interval!.Value.Lower.Should().Be(0.0);
            Proportions.ClopperPearson(0, n).Interval!.Value.Lower.Should().Be(0.0);
            Proportions.Wilson(n, n).Interval!.Value.Upper.Should().Be(1.0);
            Proportions.ClopperPearson(n, n).Interval!.Value.Upper.Should().Be(1.0);
            Proportions.ClopperPearson(0, n).Interval!.Value.Upper.Should().BePositive();
            Proportions.ClopperPearson(n, n).Interval!.Value.Lower.Should().BeLessThan(1.0);
        }
    }

    [Fact]
    public void No_trials_is_not_estimable()
    {
        foreach (ProportionEstimate estimate in new[] { Proportions.Wilson(0, 0), Proportions.ClopperPearson(0, 0), Proportions.Wilson(default(BinomialCount)) })
        {
            estimate.Status.Should().Be(ProportionStatus.NoTrials);
            estimate.Estimate.Should().BeNull();
            estimate.Interval.Should().BeNull();
            estimate.Trials.Should().Be(0);
        }
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => Proportions.Wilson(11, 10)).Should().Throw<ArgumentException>().WithParameterName("successes").WithMessage("successes must not be greater than trials*");
        FluentActions.Invoking(() => Proportions.ClopperPearson(-1, 10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("successes");
        FluentActions.Invoking(() => Proportions.ClopperPearson(1, -10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trials");
        FluentActions.Invoking(() => new BinomialCount(0, (1L << 53) + 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trials");
        foreach (double level in new[] { 0.0, 1.0, -0.5, 1.5, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => Proportions.Wilson(1, 10, level)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("confidenceLevel");
            FluentActions.Invoking(() => Proportions.ClopperPearson(1, 10, level)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("confidenceLevel");
        }
    }

    private static readonly Gen<(long K, long N)> Counts = Gen.OneOf(
        Gen.Long[1, 60].SelectMany(n => Gen.Long[0, n].Select(k => (k, n))),
        Gen.Long[1, 10_000_000].SelectMany(n => Gen.Long[0, n].Select(k => (k, n))),
        Gen.Long[1, 10_000_000].SelectMany(n => Gen.Long[0, Math.Min(n, 5)].Select(k => (k, n))),
        Gen.Long[1, 10_000_000].SelectMany(n => Gen.Long[0, Math.Min(n, 5)].Select(k => (n - k, n))));

    private static readonly Gen<double> Level = Gen.OneOf(Gen.Const(0.95), Gen.Const(0.99), Gen.Const(0.5), Gen.Double[0.01, 0.9999]);

    [Fact]
    public void Intervals_contain_the_estimate_lie_in_the_unit_interval_and_widen_with_confidence()
    {
        Gen.Select(Counts, Level, Level).Sample((count, first, second) =>
        {
            (double low, double high) = first < second ? (first, second) : (second, first);
            double estimate = (double)count.K / count.N;
            foreach (Func<long, long, double, ProportionEstimate> method in new Func<long, long, double, ProportionEstimate>[] { Proportions.Wilson, Proportions.ClopperPearson })
            {
                ProportionInterval narrow = method(count.K, count.N, low).Interval!.Value;
                ProportionInterval wide = method(count.K, count.N, high).Interval!.Value;
                foreach (ProportionInterval interval in new[] { narrow, wide })
                {
                    double.IsFinite(interval.Lower).Should().BeTrue();
                    double.IsFinite(interval.Upper).Should().BeTrue();
                    interval.Lower.Should().BeInRange(0.0, 1.0);
                    interval.Upper.Should().BeInRange(0.0, 1.0);
                    interval.Contains(estimate).Should().BeTrue("{0} of {1} at {2}", count.K, count.N, interval);
                }
                // Nested, allowing for the last bits of the two root-findings.
                wide.Lower.Should().BeLessThanOrEqualTo(narrow.Lower + (1e-13 * narrow.Lower), "{0}/{1}: {2} vs {3}", count.K, count.N, wide, narrow);
                wide.Upper.Should().BeGreaterThanOrEqualTo(narrow.Upper - (1e-13 * narrow.Upper), "{0}/{1}: {2} vs {3}", count.K, count.N, wide, narrow);
            }
        }, iter: 400);
    }

    [Fact]
    public void Clopper_Pearson_contains_Wilsons_point_estimate_and_the_centre_of_Wilsons_interval()
    {
        Gen.Select(Counts, Level).Sample((count, level) =>
        {
            ProportionEstimate wilson = Proportions.Wilson(count.K, count.N, level);
            ProportionInterval exact = Proportions.ClopperPearson(count.K, count.N, level).Interval!.Value;
            exact.Contains(wilson.Estimate!.Value).Should().BeTrue();
            // The Wilson centre (k + z²/2)/(n + z²) is the score interval's midpoint; the exact interval is never narrower on either side of it.
            double centre = 0.5 * (wilson.Interval!.Value.Lower + wilson.Interval!.Value.Upper);
            exact.Contains(centre).Should().BeTrue("{0}/{1} at {2}: centre {3}, exact {4}", count.K, count.N, level, centre, exact);
        }, iter: 400);
    }

    [Fact]
    public void Text_is_culture_invariant()
    {
        string Text() => Proportions.Wilson(81, 263).Interval!.Value + " " + Proportions.Wilson(81, 263) + " " + new BinomialCount(81, 263);
        string invariant = CultureScope.Run("", Text);
        invariant.Should().StartWith("95% [0.2553, 0.3662] ProportionEstimate { Count = 81/263, Estimate = 0.308, Interval = 95% [0.2553, 0.3662], Method = Wilson, Status = Ok } 81/263");
        foreach (string culture in CultureScope.Hostile)
        {
            CultureScope.Run(culture, Text).Should().Be(invariant);
        }
    }

    [Fact]
    public void A_count_compares_by_value_and_knows_its_proportion()
    {
        new BinomialCount(3, 4).Should().Be(new BinomialCount(3, 4));
        new BinomialCount(3, 4).Failures.Should().Be(1);
        new BinomialCount(3, 4).Proportion.Should().Be(0.75);
        default(BinomialCount).Proportion.Should().BeNull();
    }
}
