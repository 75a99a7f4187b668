namespace PolicingModel.Equality;

// The Freeman–Halton exact test of an r×2 table (Freeman and Halton 1951): with all margins fixed, a table with
// xᵢ successes out of nᵢ in row i has probability Πᵢ C(nᵢ, xᵢ) / C(N, K); the p-value is the total probability of
// the tables no more probable than the observed one (within a relative tolerance of 1e-7), found by enumerating
// every table with the observed margins.
internal static class FreemanHalton
{
    // The p-value, or null when the margins admit more than maxTables tables.
    // successes: Successes per row; every row has at least one trial.
    // trials: Trials per row.
    // maxTables: The most tables to enumerate.
    internal static double? PValue(ReadOnlySpan<long> successes, ReadOnlySpan<long> trials, long maxTables)
    {
        int rows = trials.Length;
        long total = 0, column = 0;
        for (int i = 0; i < rows; i++)
        {
            total += trials[i];
            column += successes[i];
        }
        // The test is the same on either column: enumerate the smaller one.
        bool useFailures = column > total - column;
        var x = new long[rows];
        var n = trials.ToArray();
        for (int i = 0; i < rows; i++)
        {
            x[i] = useFailures ? trials[i] - successes[i] : successes[i];
        }
        long k = useFailures ? total - column : column;

        var suffix = new long[rows + 1];
        for (int i = rows - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + n[i];
        }
        // The last row is determined by the others; each of its feasible values starts at least one table.
        int last = rows - 1;
        long lastLo = Math.Max(0, k - (total - n[last]));
        long lastHi = Math.Min(n[last], k);
        if (lastHi - lastLo + 1 > maxTables)
        {
            return null;
        }
        var lastLog = new double[lastHi - lastLo + 1];
        double running = SpecialFunctions.LogChoose(n[last], lastLo);
        for (long y = lastLo; y <= lastHi; y++)
        {
            lastLog[y - lastLo] = running;
            running += Math.Log((double)(n[last] - y) / (y + 1));
        }

        double logObserved = 0.0;
        for (int i = 0; i < rows; i++)
        {
            logObserved += SpecialFunctions.LogChoose(n[i], x[i]);
        }
        var state = new Enumeration
        {
            N = n,
            Suffix = suffix,
            LastLog = lastLog,
            LastLo = lastLo,
            IncludeUpTo = logObserved + Math.Log(1.0 + HypergeometricTails.RelativeTolerance),
            MaxTables = maxTables,
            All = LogSum.Empty,
            Included = LogSum.Empty,
        };
        if (!state.Visit(0, k, 0.0))
        {
            return null;
        }
        return StatisticsChecks.ClampPValue(Math.Exp(state.Included.Log - state.All.Log));
    }

    private sealed class Enumeration
    {
        internal required long[] N { get; init; }
        internal required long[] Suffix { get; init; }
        internal required double[] LastLog { get; init; }
        internal required long LastLo { get; init; }
        internal required double IncludeUpTo { get; init; }
        internal required long MaxTables { get; init; }

        internal LogSum All;
        internal LogSum Included;
        private long tables;

        // Visits every table whose rows from row on hold remaining successes; false when there are too many.
        internal bool Visit(int row, long remaining, double logPartial)
        {
            if (row == N.Length - 1)
            {
                double logTable = logPartial + LastLog[remaining - LastLo];
                All.Add(logTable);
                if (logTable <= IncludeUpTo)
                {
                    Included.Add(logTable);
                }
                return ++tables <= MaxTables;
            }
            long n = N[row];
            long lo = Math.Max(0, remaining - Suffix[row + 1]);
            long hi = Math.Min(n, remaining);
            double logChoose = SpecialFunctions.LogChoose(n, lo);
            for (long y = lo; y <= hi; y++)
            {
                if (!Visit(row + 1, remaining - y, logPartial + logChoose))
                {
                    return false;
                }
                logChoose += Math.Log((double)(n - y) / (y + 1));
            }
            return true;
        }
    }
}
