using System.Numerics;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// Exact p-values by brute force in big-integer arithmetic, written for the tests independently of the library's
/// log-space walk and enumeration: every table with the observed margins, weighted by Πᵢ C(nᵢ, xᵢ).
/// </summary>
internal static class ExactTables
{
    internal static BigInteger Choose(long n, long k)
    {
        BigInteger result = BigInteger.One;
        for (long i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /// <summary>Two-sided, less and greater p-values of Fisher's test of [[a, b], [c, d]].</summary>
    internal static (double TwoSided, double Less, double Greater) Fisher(long a, long b, long c, long d)
    {
        long n1 = a + b, n2 = c + d, k = a + c;
        BigInteger observed = Choose(n1, a) * Choose(n2, c);
        BigInteger all = 0, two = 0, less = 0, greater = 0;
        for (long x = Math.Max(0, k - n2); x <= Math.Min(n1, k); x++)
        {
            BigInteger w = Choose(n1, x) * Choose(n2, k - x);
            all += w;
            if (w * 10_000_000 <= observed * 10_000_001)
            {
                two += w;
            }
            if (x <= a)
            {
                less += w;
            }
            if (x >= a)
            {
                greater += w;
            }
        }
        return (Ratio(two, all), Ratio(less, all), Ratio(greater, all));
    }

    /// <summary>The Freeman–Halton p-value of an r×2 table.</summary>
    internal static double FreemanHalton(long[] successes, long[] trials)
    {
        long k = successes.Sum();
        BigInteger Weight(long[] xs) => xs.Select((x, i) => Choose(trials[i], x)).Aggregate(BigInteger.One, (p, c) => p * c);
        BigInteger observed = Weight(successes);
        BigInteger all = 0, included = 0;
        var xs = new long[trials.Length];
        void Visit(int row, long remaining)
        {
            if (row == trials.Length - 1)
            {
                if (remaining > trials[row])
                {
                    return;
                }
                xs[row] = remaining;
                BigInteger w = Weight(xs);
                all += w;
                if (w * 10_000_000 <= observed * 10_000_001)
                {
                    included += w;
                }
                return;
            }
            for (long y = 0; y <= Math.Min(trials[row], remaining); y++)
            {
                xs[row] = y;
                Visit(row + 1, remaining - y);
            }
        }
        Visit(0, k);
        return Ratio(included, all);
    }

    private static double Ratio(BigInteger numerator, BigInteger denominator) =>
        numerator.IsZero ? 0.0 : Math.Exp(BigInteger.Log(numerator) - BigInteger.Log(denominator));
}
