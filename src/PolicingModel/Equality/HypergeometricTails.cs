namespace PolicingModel.Equality;

// The p-values of Fisher's exact test of a 2×2 table from the hypergeometric distribution of its top-left cell,
// computed in log space from the ratio of successive probabilities, walking out from the mode.
// With row totals n₁, n₂ and first-column total K, the top-left cell X has P(X = x) ∝ C(n₁, x) C(n₂, K − x) on
// max(0, K − n₂) ≤ x ≤ min(n₁, K), and P(x + 1)/P(x) = (n₁ − x)(K − x) / ((x + 1)(n₂ − K + x + 1)). The log of each
// probability relative to the mode is the running sum of the logs of those ratios (compensated, Neumaier 1974), so
// no factorial is ever formed and margins of millions lose no precision.
// The distribution is log-concave, so past the mode the ratios fall and the rest of a tail is at most
// t·ρ/(1 − ρ) for the last term t and ratio ρ; a walk stops when that bound is below e⁻⁴⁰ of the observed table's
// probability, which every p-value includes. An observed table more than e⁻⁸⁰⁰ below the mode has a p-value below
// the smallest double whatever the other terms, so the walk to it stops there. The work is therefore of the order
// of the standard deviation of X, not of the number of tables.
internal static class HypergeometricTails
{
    // Relative tolerance for "as probable as the observed table" (R's fisher.test uses the same).
    internal const double RelativeTolerance = 1e-7;

    private const double NegligibleTail = 40.0;

    private const double Unrepresentable = 800.0;

    // Two-sided, lower and upper p-values and the probability of the observed table.
    internal static (double TwoSided, double Less, double Greater, double Probability) PValues(long x, long n1, long n2, long k)
    {
        long lo = Math.Max(0, k - n2);
        long hi = Math.Min(n1, k);
        if (lo == hi)
        {
            return (1.0, 1.0, 1.0, 1.0);
        }
        double dn1 = n1, dn2 = n2, dk = k;
        double LogRatioUp(long y) => Math.Log((dn1 - y) * (dk - y) / ((y + 1.0) * (dn2 - dk + y + 1.0)));

        long mode = (long)Math.Clamp(Math.Floor((dn1 + 1.0) * (dk + 1.0) / (dn1 + dn2 + 2.0)), lo, hi);

        // Pass 1: the observed table's log probability relative to the mode.
        var observed = new CompensatedSum();
        if (x > mode)
        {
            for (long y = mode; y < x; y++)
            {
                observed.Add(LogRatioUp(y));
                if (observed.Value < -Unrepresentable)
                {
                    return (double.Epsilon, 1.0, double.Epsilon, double.Epsilon);
                }
            }
        }
        else
        {
            for (long y = mode; y > x; y--)
            {
                observed.Add(-LogRatioUp(y - 1));
                if (observed.Value < -Unrepresentable)
                {
                    return (double.Epsilon, double.Epsilon, 1.0, double.Epsilon);
                }
            }
        }
        double logObserved = observed.Value;
        double includeUpTo = logObserved + Math.Log(1.0 + RelativeTolerance);
        double stopBelow = logObserved - NegligibleTail;

        LogSum all = LogSum.Empty, twoSided = LogSum.Empty, less = LogSum.Empty, greater = LogSum.Empty;
        void Add(long y, double logP)
        {
            all.Add(logP);
            if (logP <= includeUpTo || y == x)
            {
                twoSided.Add(logP);
            }
            if (y <= x)
            {
                less.Add(logP);
            }
            if (y >= x)
            {
                greater.Add(logP);
            }
        }
        static bool RestIsNegligible(double logP, double logNextRatio, double stopBelow) =>
            logNextRatio < 0.0 && logP + logNextRatio - SpecialFunctions.Log1P(-Math.Exp(logNextRatio)) < stopBelow;

        Add(mode, 0.0);
        var up = new CompensatedSum();
        for (long y = mode + 1; y <= hi; y++)
        {
            up.Add(LogRatioUp(y - 1));
            Add(y, up.Value);
            if (y < hi && RestIsNegligible(up.Value, LogRatioUp(y), stopBelow))
            {
                break;
            }
        }
        var down = new CompensatedSum();
        for (long y = mode - 1; y >= lo; y--)
        {
            down.Add(-LogRatioUp(y));
            Add(y, down.Value);
            if (y > lo && RestIsNegligible(down.Value, -LogRatioUp(y - 1), stopBelow))
            {
                break;
            }
        }
        double logAll = all.Log;
        return (
            StatisticsChecks.ClampPValue(Math.Exp(twoSided.Log - logAll)),
            StatisticsChecks.ClampPValue(Math.Exp(less.Log - logAll)),
            StatisticsChecks.ClampPValue(Math.Exp(greater.Log - logAll)),
            StatisticsChecks.ClampPValue(Math.Exp(logObserved - logAll)));
    }

    // Neumaier's compensated summation: the running sum of many small logs keeps its precision.
    private struct CompensatedSum
    {
        private double sum;
        private double compensation;

        internal readonly double Value => sum + compensation;

        internal void Add(double value)
        {
            double t = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
            sum = t;
        }
    }
}
