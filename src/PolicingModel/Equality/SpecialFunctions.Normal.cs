namespace PolicingModel.Equality;

internal static partial class SpecialFunctions
{
    // 1/√2.
    private const double InverseSqrtTwo = 0.70710678118654752440;

    // √(2π).
    private const double SqrtTwoPi = 2.50662827463100050242;

    // Φ(x), the standard normal distribution function: ½ erfc(−x/√2), with erfc(t) = Q(½, t²) for t ≥ 0, so that both
    // tails keep their relative precision (Φ(−37) ≈ 5.7e-300 is computed to full precision, not as 1 − 1).
    internal static double NormalCdf(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }
        double t = x * InverseSqrtTwo;
        double tail = 0.5 * RegularizedGammaQ(0.5, t * t);
        return x < 0.0 ? tail : 1.0 - tail;
    }

    // 1 − Φ(x), without cancellation for large x.
    internal static double NormalUpperTail(double x) => NormalCdf(-x);

    // The standard normal density φ(x) = e^(−x²/2) / √(2π).
    internal static double NormalDensity(double x) => Math.Exp(-0.5 * x * x) / SqrtTwoPi;

    // Acklam's rational approximation of the normal quantile (relative error 1.15e-9; P. J. Acklam, "An algorithm for
    // computing the inverse normal cumulative distribution function", 2003), polished by Halley's method.
    private static readonly double[] AcklamA = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] AcklamB = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] AcklamC = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] AcklamD = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    // Φ⁻¹(p), the standard normal quantile, for 0 &lt; p &lt; 1: Acklam's rational approximation followed by Halley
    // steps on Φ(x) − p (each step multiplies the number of correct digits by three), to full double precision.
    internal static double NormalQuantile(double p)
    {
        // Work in the lower half, where p itself carries the precision; the upper half by symmetry.
        if (p > 0.5)
        {
            return -NormalQuantile(1.0 - p);
        }
        double x;
        if (p < 0.02425)
        {
            double q = Math.Sqrt(-2.0 * Math.Log(p));
            x = Horner(AcklamC, q) / ((Horner(AcklamD, q) * q) + 1.0);
        }
        else
        {
            double q = p - 0.5;
            double r = q * q;
            x = Horner(AcklamA, r) * q / ((Horner(AcklamB, r) * r) + 1.0);
        }
        for (int i = 0; i < 3; i++)
        {
            double e = NormalCdf(x) - p;
            double u = e / NormalDensity(x);
            double step = u / (1.0 + (0.5 * x * u));
            x -= step;
            if (Math.Abs(step) <= 1e-16 * Math.Abs(x))
            {
                break;
            }
        }
        return x;
    }

    // c₀xⁿ⁻¹ + c₁xⁿ⁻² + … + cₙ₋₁ by Horner's rule.
    private static double Horner(double[] coefficients, double x)
    {
        double value = coefficients[0];
        for (int i = 1; i < coefficients.Length; i++)
        {
            value = (value * x) + coefficients[i];
        }
        return value;
    }
}
