namespace PolicingModel.Equality;

internal static partial class SpecialFunctions
{
    // Above this, a log-gamma argument is taken from the Stirling series directly.
    private const double StirlingThreshold = 15.0;

    // ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b &gt; 0. When the arguments are large, the terms of size
    // a ln a cancel algebraically, not numerically:
    // ln B = ½ ln 2π − ½ ln(a + b) + (a − ½) ln(a/(a + b)) + (b − ½) ln(b/(a + b)) + ω(a) + ω(b) − ω(a + b),
    // with ω the Stirling correction, so the result keeps its relative precision for a, b in the millions.
    internal static double LogBeta(double a, double b)
    {
        double small = Math.Min(a, b);
        double large = Math.Max(a, b);
        double sum = a + b;
        if (small >= StirlingThreshold)
        {
            return HalfLogTwoPi - (0.5 * Math.Log(sum))
                + ((a - 0.5) * -Log1P(b / a)) + ((b - 0.5) * -Log1P(a / b))
                + StirlingCorrection(a) + StirlingCorrection(b) - StirlingCorrection(sum);
        }
        if (large >= StirlingThreshold)
        {
            // ln Γ(large) − ln Γ(large + small) = −(large − ½) ln(1 + small/large) − small·ln(large + small) + small + ω(large) − ω(sum).
            return LogGamma(small)
                - ((large - 0.5) * Log1P(small / large)) - (small * Math.Log(sum)) + small
                + StirlingCorrection(large) - StirlingCorrection(sum);
        }
        return LogGamma(a) + LogGamma(b) - LogGamma(sum);
    }

    // ln C(n, k), the binomial coefficient, for 0 ≤ k ≤ n: −ln(n + 1) − ln B(k + 1, n − k + 1).
    internal static double LogChoose(double n, double k) =>
        k == 0.0 || k == n ? 0.0 : -Math.Log(n + 1.0) - LogBeta(k + 1.0, n - k + 1.0);

    // ln[x^a y^b / B(a, b)] with y = 1 − x, the log of the factor in front of the continued fraction of the
    // incomplete beta function, for 0 &lt; x &lt; 1. Both x and y are passed so that each logarithm is taken of the
    // one that carries the precision (ln x as ln(1 − y) when x is near 1, and the other way round): with b in the
    // millions, b·ln y computed from a rounded y would lose the digits that set the result. For large a and b it is
    // written about x₀ = a/(a + b), where the big terms cancel:
    // a·L((x − x₀)/x₀) + b·L((y − y₀)/y₀) + ½ ln(ab/(a + b)) − ½ ln 2π − [ω(a) + ω(b) − ω(a + b)],
    // with L(u) = ln(1 + u) − u and y₀ = b/(a + b).
    internal static double LogBetaKernel(double a, double b, double x, double y)
    {
        if (Math.Min(a, b) >= StirlingThreshold)
        {
            double sum = a + b;
            double x0 = a / sum;
            double y0 = b / sum;
            double dx = x <= 0.5 ? x - x0 : y0 - y;
            double u = dx / x0;
            double v = -dx / y0;
            // ln(x/x₀) − u and ln(y/y₀) − v; the series when the ratio is near 1, the logarithm of the ratio otherwise.
            double left = Math.Abs(u) < 0.25 ? Log1PMinusX(u) : Math.Log(x / x0) - u;
            double right = Math.Abs(v) < 0.25 ? Log1PMinusX(v) : Math.Log(y / y0) - v;
            return (a * left) + (b * right)
                + (0.5 * Math.Log(a * (b / sum))) - HalfLogTwoPi
                - (StirlingCorrection(a) + StirlingCorrection(b) - StirlingCorrection(sum));
        }
        double logX = x <= 0.5 ? Math.Log(x) : Log1P(-y);
        double logY = y <= 0.5 ? Math.Log(y) : Log1P(-x);
        return (a * logX) + (b * logY) - LogBeta(a, b);
    }

    // Below this, a whole-number a past the switch point takes the finite binomial sum instead of the swapped fraction.
    private const double FiniteSumLimit = 2000.0;

    // The regularised incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b &gt; 0 and 0 ≤ x ≤ 1: the
    // distribution function of the Beta(a, b) distribution. Continued fraction of Numerical Recipes §6.4 (Press et
    // al. 2007) by the modified Lentz method for x below x₀ = (a + 1)/(a + b + 2), where it converges quickly, and
    // the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) above it.
    // One case is handled apart. Above x₀ but below ½ the swapped fraction is evaluated at 1 − x, which is x rounded
    // near 1; with b in the millions its recurrence amplifies that rounding, and Clopper–Pearson upper limits for a
    // few successes in ten million lost two or three digits. For whole-number a and b with a ≤ 2000 the complement is
    // then the finite sum 1 − I_x(a, b) = P(Bin(a + b − 1, x) ≤ a − 1) = Σ_{j&lt;a} C(a + b − 1, j) xʲ (1 − x)^(a+b−1−j),
    // whose terms are formed in log space from x itself.
    internal static double RegularizedBeta(double a, double b, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }
        if (x >= 1.0)
        {
            return 1.0;
        }
        double y = 1.0 - x;
        if (x < (a + 1.0) / (a + b + 2.0))
        {
            return Math.Exp(LogBetaKernel(a, b, x, y)) * BetaContinuedFraction(a, b, x) / a;
        }
        if (x <= 0.5 && a <= FiniteSumLimit && a == Math.Floor(a) && b == Math.Floor(b))
        {
            return 1.0 - BinomialLowerTail(a + b - 1.0, a - 1.0, x);
        }
        return 1.0 - (Math.Exp(LogBetaKernel(b, a, y, x)) * BetaContinuedFraction(b, a, y) / b);
    }

    // P(Bin(n, x) ≤ k) = Σ_{j=0..k} C(n, j) xʲ (1 − x)^(n−j), for whole n and k ≤ n, summed in log space.
    private static double BinomialLowerTail(double n, double k, double x)
    {
        double logX = Math.Log(x);
        double logY = Log1P(-x);
        LogSum sum = LogSum.Empty;
        double logChoose = 0.0;
        for (double j = 0.0; j <= k; j += 1.0)
        {
            sum.Add(logChoose + (j * logX) + ((n - j) * logY));
            logChoose += Math.Log((n - j) / (j + 1.0));
        }
        return Math.Min(1.0, Math.Exp(sum.Log));
    }

    // The density of the Beta(a, b) distribution at 0 < x < 1: x^(a−1) (1 − x)^(b−1) / B(a, b).
    internal static double BetaDensity(double a, double b, double x) =>
        Math.Exp(LogBetaKernel(a, b, x, 1.0 - x)) / (x * (1.0 - x));

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = AwayFromZero(1.0 - (qab * x / qap));
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m < MaxIterations; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = AwayFromZero(1.0 + (aa * d));
            c = AwayFromZero(1.0 + (aa / c));
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = AwayFromZero(1.0 + (aa * d));
            c = AwayFromZero(1.0 + (aa / c));
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) < Epsilon)
            {
                break;
            }
        }
        return h;
    }

    // The x in (0, 1) with I_x(a, b) = p, for 0 &lt; p &lt; 1: Newton's method on I_x(a, b) − p, safeguarded by a
    // bracket that every evaluation narrows (a Newton step that would leave it is replaced by bisection, geometric
    // when the bracket spans orders of magnitude), until a step changes x by less than 1e-14 of min(x, 1 − x) (the
    // scale that matters near 1 as well as near 0), or by a few units in its last place.
    internal static double InverseRegularizedBeta(double a, double b, double p)
    {
        double lo = 0.0;
        double hi = 1.0;
        // Start at the mean of the distribution: Newton needs no better, and the bracket catches a poor start.
        double x = a / (a + b);
        for (int iteration = 0; iteration < 300; iteration++)
        {
            double f = RegularizedBeta(a, b, x) - p;
            if (f == 0.0)
            {
                return x;
            }
            if (f < 0.0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }
            double tolerance = Math.Max(1e-14 * Math.Min(x, 1.0 - x), 4.0 * (Math.BitIncrement(x) - x));
            if (hi - lo <= tolerance)
            {
                return x;
            }
            double next = x - (f / BetaDensity(a, b, x));
            if (!(next > lo && next < hi))
            {
                next = lo > 0.0 && hi > 8.0 * lo ? Math.Sqrt(lo * hi)
                    : lo == 0.0 && hi < 0.125 ? hi / 8.0
                    : 0.5 * (lo + hi);
            }
            if (Math.Abs(next - x) <= tolerance)
            {
                return next;
            }
            x = next;
        }
        // Not reached in the tests (Newton converges in under ten steps); the last iterate is the best estimate.
        return x;
    }
}
