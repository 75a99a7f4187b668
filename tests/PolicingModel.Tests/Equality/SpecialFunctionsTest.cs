using CsCheck;
using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// The internal special functions against mpmath at 40 digits (the snippets and their output are in
/// ReferenceValues.md, section "Special functions").
/// </summary>
public sealed class SpecialFunctionsTest
{
    [Theory]
    // mp.findroot(lambda x: mp.ncdf(x) - p, ...) at mp.dps = 40
    [InlineData(0.975, 1.95996398454005)]
    [InlineData(0.025, -1.95996398454005)]
    [InlineData(1e-10, -6.36134090240406)]
    [InlineData(0.9999, 3.71901648545568)]
    [InlineData(1e-300, -37.0470962993612)]
    public void Normal_quantile_matches_mpmath(double p, double expected)
    {
        SpecialFunctions.NormalQuantile(p).ShouldBeCloseTo(expected, 1e-13);
        SpecialFunctions.NormalCdf(SpecialFunctions.NormalQuantile(p)).ShouldBeCloseTo(p, 1e-13);
    }

    [Fact]
    public void Normal_quantile_of_a_half_is_zero()
    {
        Math.Abs(SpecialFunctions.NormalQuantile(0.5)).Should().BeLessThan(1e-15);
    }

    [Theory]
    // mp.loggamma(x)
    [InlineData(0.5, 0.5723649429247)]
    [InlineData(1.0, 0.0)]
    [InlineData(3.7, 1.42807232666539)]
    [InlineData(14.9, 24.9241320022173)]
    [InlineData(15.0, 25.1912211827387)]
    [InlineData(1000.5, 5908.67417584868)]
    [InlineData(1e7, 151180949.369474)]
    public void Log_gamma_matches_mpmath(double x, double expected)
    {
        SpecialFunctions.LogGamma(x).ShouldBeCloseTo(expected, expected == 0.0 ? 1e-14 : 1e-13);
    }

    [Theory]
    // mp.betainc(a, b, 0, x, regularized=True); the two with a = 5,000,000 by the binomial tail P(Bin(a + b - 1, x) >= a)
    [InlineData(2.0, 3.0, 0.4, 0.5248)]
    [InlineData(0.5, 0.5, 0.1, 0.204832764699133)]
    [InlineData(81.0, 183.0, 0.3, 0.411461598095479)]
    [InlineData(1.0, 10_000_000.0, 1e-7, 0.632120577222531)]
    [InlineData(5_000_000.0, 5_000_001.0, 0.5003, 0.971131076113845)]
    [InlineData(5_000_000.0, 5_000_001.0, 0.4997, 0.0289106309716714)]
    public void Regularized_incomplete_beta_matches_mpmath(double a, double b, double x, double expected)
    {
        SpecialFunctions.RegularizedBeta(a, b, x).ShouldBeCloseTo(expected, 1e-10);
    }

    [Theory]
    // mp.gammainc(a, x, mp.inf, regularized=True)
    [InlineData(0.5, 2.0, 0.0455002638963584)]
    [InlineData(1.0, 1.0, 0.367879441171442)]
    [InlineData(10.0, 5.0, 0.968171942693795)]
    [InlineData(10.0, 25.0, 0.000221476638248784)]
    [InlineData(100.0, 150.0, 5.92454033548392e-6)]
    public void Regularized_upper_incomplete_gamma_matches_mpmath(double a, double x, double expected)
    {
        SpecialFunctions.RegularizedGammaQ(a, x).ShouldBeCloseTo(expected, 1e-11);
        (SpecialFunctions.RegularizedGammaP(a, x) + SpecialFunctions.RegularizedGammaQ(a, x)).ShouldBeCloseTo(1.0, 1e-14);
    }

    [Fact]
    public void The_inverse_incomplete_beta_inverts_it()
    {
        Gen.Select(Gen.Double[0.5, 2_000_000.0], Gen.Double[0.5, 2_000_000.0], Gen.Double[1e-6, 1.0 - 1e-6]).Sample((a, b, p) =>
        {
            double x = SpecialFunctions.InverseRegularizedBeta(a, b, p);
            x.Should().BeInRange(0.0, 1.0);
            // x itself is a double: near a steep quantile its last bit alone moves I_x by about density × ulp.
            double ulp = Math.BitIncrement(x) - x;
            double slack = Math.Max(1e-9 * p, 4 * SpecialFunctions.BetaDensity(a, b, x) * ulp);
            SpecialFunctions.RegularizedBeta(a, b, x).Should().BeApproximately(p, slack, $"I_x({a}, {b}) at x = {x}");
        }, iter: 300);
    }
}
