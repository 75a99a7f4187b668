namespace PolicingModel.Equality;

// The exact power of Fisher's two-sided test of two proportions: the probability, when the groups' true proportions
// are p₁ and p₂, that the test rejects at level α, found by summing the binomial probabilities of every table the
// test rejects.
// The test is conditional on the column total K, so for each K the rejected values of the first group's count are
// found once from the hypergeometric distribution (ordered by probability with two pointers from its tails, since it
// is unimodal), and power = Σ_K Σ_{x rejected} b(x; n₁, p₁) b(K − x; n₂, p₂). The work is (n₁ + 1)(n₂ + 1).
internal static class FisherPower
{
    internal static double Power(long n1, long n2, double p1, double p2, double alpha)
    {
        long total = n1 + n2;
        var logFactorial = new double[total + 1];
        for (long m = 0; m <= total; m++)
        {
            logFactorial[m] = SpecialFunctions.LogGamma(m + 1.0);
        }
        double[] logB1 = LogBinomial(n1, p1, logFactorial);
        double[] logB2 = LogBinomial(n2, p2, logFactorial);
        int width = (int)Math.Min(n1, n2) + 1;
        var logH = new double[width];
        var order = new int[width];
        double tolerance = 1.0 + HypergeometricTails.RelativeTolerance;
        double power = 0.0;
        for (long k = 0; k <= total; k++)
        {
            long lo = Math.Max(0, k - n2);
            long hi = Math.Min(n1, k);
            int count = (int)(hi - lo + 1);
            LogSum sum = LogSum.Empty;
            for (int i = 0; i < count; i++)
            {
                long y = lo + i;
                logH[i] = logFactorial[n1] - logFactorial[y] - logFactorial[n1 - y] + logFactorial[n2] - logFactorial[k - y] - logFactorial[n2 - k + y];
                sum.Add(logH[i]);
            }
            double logSum = sum.Log;
            // Ascending order of probability: merge the two tails inwards.
            int left = 0, right = count - 1;
            for (int t = 0; t < count; t++)
            {
                order[t] = logH[left] <= logH[right] ? left++ : right--;
            }
            // p-value of the element at position t: the cumulative probability up to the last position whose
            // probability is within the tolerance of its own.
            double cumulative = 0.0;
            int reach = 0;
            for (int t = 0; t < count; t++)
            {
                double own = Math.Exp(logH[order[t]] - logSum);
                while (reach < count && Math.Exp(logH[order[reach]] - logSum) <= own * tolerance)
                {
                    cumulative += Math.Exp(logH[order[reach]] - logSum);
                    reach++;
                }
                if (cumulative <= alpha)
                {
                    long y = lo + order[t];
                    power += Math.Exp(logB1[y] + logB2[k - y]);
                }
            }
        }
        return Math.Clamp(power, 0.0, 1.0);
    }

    private static double[] LogBinomial(long n, double p, double[] logFactorial)
    {
        var log = new double[n + 1];
        for (long y = 0; y <= n; y++)
        {
            double choose = logFactorial[n] - logFactorial[y] - logFactorial[n - y];
            double successes = y == 0 ? 0.0 : y * Math.Log(p);
            double failures = y == n ? 0.0 : (n - y) * Math.Log(1.0 - p);
            log[y] = choose + successes + failures;
        }
        return log;
    }
}
