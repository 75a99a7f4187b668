namespace PolicingModel.Equality;

// The special functions behind the equality statistics: log-gamma and log-beta, the regularised incomplete gamma
// and beta functions and the inverse of the latter, and the normal distribution and its quantile. Pure functions
// of doubles; none allocates.
// Log-gamma is the Stirling series with six correction terms for x ≥ 15 (truncation error below 3e-16), shifted up by
// the recurrence Γ(x) = Γ(x + m) / (x(x + 1)…(x + m − 1)) below that; this is as accurate as the Lanczos
// approximation and, unlike it, lets log-beta cancel the large terms algebraically instead of numerically (see
// LogBeta), which is what keeps Clopper–Pearson limits accurate for n in the tens of millions.
// The incomplete gamma function is the series / continued-fraction pair of Numerical Recipes (Press, Teukolsky,
// Vetterling and Flannery, 3rd edition 2007, §6.2), the continued fraction evaluated by the modified Lentz method
// (Lentz 1976; Thompson and Barnett 1986).
internal static partial class SpecialFunctions
{
    // ½ ln(2π).
    private const double HalfLogTwoPi = 0.91893853320467274178;

    // The relative accuracy the series and continued fractions aim at.
    private const double Epsilon = 1e-16;

    // A number near the smallest double, to stop the Lentz iteration dividing by zero.
    private const double Tiny = 1e-300;

    // The modified Lentz method divides by each new numerator and denominator: one that is exactly zero is nudged to
    // Tiny, as Numerical Recipes (Press et al., 3rd ed., §5.2) does, so the continued fraction can go on.
    private static double AwayFromZero(double value) => Math.Abs(value) < Tiny ? Tiny : value;

    // Iteration cap of the series and continued fractions (they need O(√a) terms; a = 10⁸ needs about 10⁴).
    private const int MaxIterations = 1_000_000;

    // ln Γ(x) for x > 0.
    internal static double LogGamma(double x)
    {
        if (x >= 15.0)
        {
            return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + StirlingCorrection(x);
        }
        double product = 1.0;
        while (x < 15.0)
        {
            product *= x;
            x += 1.0;
        }
        return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + StirlingCorrection(x) - Math.Log(product);
    }

    // ω(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 15: the Stirling series
    // 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹).
    internal static double StirlingCorrection(double x)
    {
        double r = 1.0 / x;
        double r2 = r * r;
        return r * ((1.0 / 12.0) + (r2 * ((-1.0 / 360.0) + (r2 * ((1.0 / 1260.0) + (r2 * ((-1.0 / 1680.0) + (r2 * ((1.0 / 1188.0) + (r2 * (-691.0 / 360360.0)))))))))));
    }

    // ln(1 + x) to full precision for small x (Goldberg 1991, "What every computer scientist should know about floating-point arithmetic", theorem 4).
    internal static double Log1P(double x)
    {
        double w = 1.0 + x;
        return w == 1.0 ? x : Math.Log(w) * x / (w - 1.0);
    }

    // e^x − 1 to full precision for small x (Kahan's method: (u − 1)·x / ln u with u = e^x).
    internal static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }
        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    // ln(1 + x) − x, without the cancellation of computing it that way when x is small.
    internal static double Log1PMinusX(double x)
    {
        if (Math.Abs(x) >= 0.25)
        {
            return Log1P(x) - x;
        }
        // −x²/2 + x³/3 − x⁴/4 + …: |x| < 1/4, so 30 terms reach 1e-18 of the first.
        double term = x * x;
        double sum = 0.0;
        for (int k = 2; k < 60; k++)
        {
            double t = term / k;
            sum += (k % 2 == 0) ? -t : t;
            if (Math.Abs(t) <= Math.Abs(sum) * 1e-17)
            {
                break;
            }
            term *= x;
        }
        return sum;
    }

    // The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0.
    internal static double RegularizedGammaP(double a, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }
        return x < a + 1.0 ? GammaSeries(a, x) : 1.0 - GammaContinuedFraction(a, x);
    }

    // The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), for a > 0, x ≥ 0.
    internal static double RegularizedGammaQ(double a, double x)
    {
        if (x <= 0.0)
        {
            return 1.0;
        }
        return x < a + 1.0 ? 1.0 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    // P(a, x) by its series x^a e^−x / Γ(a + 1) · Σ xⁿ / ((a + 1)…(a + n)); converges quickly for x < a + 1.
    private static double GammaSeries(double a, double x)
    {
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int n = 0; n < MaxIterations; n++)
        {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }
        return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
    }

    // Q(a, x) by its continued fraction (Legendre), evaluated by the modified Lentz method; for x ≥ a + 1.
    private static double GammaContinuedFraction(double a, double x)
    {
        double b = x + 1.0 - a;
        double c = 1.0 / Tiny;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MaxIterations; i++)
        {
            double an = -i * (i - a);
            b += 2.0;
            d = AwayFromZero((an * d) + b);
            c = AwayFromZero(b + (an / c));
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon)
            {
                break;
            }
        }
        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }
}
