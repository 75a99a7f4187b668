namespace PolicingModel.Equality;

/// <summary>
/// Tests whether two or more groups have an outcome in the same proportion (homogeneity of proportions in an r×2
/// table): Pearson's chi-square test when the expected counts allow it, the exact Freeman–Halton test otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Groups with no trials are left out (they have no proportion and add nothing to either test). With r groups
/// compared, N trials and K successes in all, group i has expected counts Eᵢ₁ = nᵢK/N with the outcome and
/// Eᵢ₀ = nᵢ(N − K)/N without.
/// </para>
/// <para>
/// <b>Pearson's chi-square test</b> (Pearson 1900): X² = Σᵢ (xᵢ − nᵢK/N)² / (nᵢ (K/N)(1 − K/N)), which equals
/// Σ (O − E)²/E over the 2r cells; p = Q((r − 1)/2, X²/2), the upper tail of the chi-square distribution with r − 1
/// degrees of freedom, Q being the regularised upper incomplete gamma function.
/// </para>
/// <para>
/// <b>The Freeman–Halton test</b> (Freeman and Halton 1951), the extension of Fisher's exact test to r×c tables:
/// given the margins a table has probability Πᵢ C(nᵢ, xᵢ) / C(N, K), and p is the total probability of the tables no
/// more probable than the observed one (relative tolerance 1e-7, as in R's <c>fisher.test</c>). Every table with the
/// observed margins is enumerated, so the test is used only when there are at most <see cref="MaxExactTables"/>
/// (with two groups it is Fisher's test, which needs no enumeration and is always available).
/// </para>
/// <para>
/// <b>The choice</b> follows Cochran's rule (Cochran 1954, "Some methods for strengthening the common χ² tests",
/// Biometrics 10:417–451): the chi-square test when no expected count is below 1 and at most 20% are below 5;
/// otherwise the exact test when feasible; otherwise the chi-square test reported as
/// <see cref="HomogeneityTestMethod.PearsonChiSquareSmallExpectedCounts"/>.
/// </para>
/// <para>
/// Agresti (2007), An Introduction to Categorical Data Analysis, 2nd edition, table 2.5 (party identification by
/// gender): X² = 30.1 on 2 degrees of freedom.
/// </para>
/// </remarks>
public static class HomogeneityTest
{
    /// <summary>The most tables the exact test enumerates: 1,000,000 (tens of milliseconds).</summary>
    public const long MaxExactTables = 1_000_000;

    /// <summary>Tests that every group has the outcome in the same proportion.</summary>
    /// <param name="groups">Two or more groups' counts.</param>
    /// <returns>The test used, its p-value, and the chi-square statistic and expected-count diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two groups, or more than 2⁵³ trials in all.</exception>
    /// <remarks>
    /// Immediate: reads <paramref name="groups"/> once. Allocates the result, and for the exact test a few arrays the
    /// size of the table; the exact test takes time proportional to the number of tables (at most
    /// <see cref="MaxExactTables"/>).
    /// </remarks>
    /// <example><c>HomogeneityTest.Of([new(762, 1246), new(327, 566), new(468, 945)]).ChiSquare</c> is 30.07 (Agresti's party identification by gender).</example>
    public static HomogeneityTestResult Of(IReadOnlyList<BinomialCount> groups)
    {
        Preconditions.CheckNotNull(groups);
        EquatableArray<BinomialCount> all = groups.ToEquatableArray();
        Preconditions.CheckArgument(all.Length >= 2, nameof(groups), $"{nameof(groups)} must hold at least two groups to compare; it holds {all.Length}.");

        var successes = new List<long>(all.Length);
        var trials = new List<long>(all.Length);
        foreach (BinomialCount group in all)
        {
            if (group.Trials > 0)
            {
                successes.Add(group.Successes);
                trials.Add(group.Trials);
            }
        }
        long n = StatisticsChecks.CheckTotal(trials.ToArray(), nameof(groups), "The total number of trials");
        long k = 0;
        foreach (long s in successes)
        {
            k += s;
        }
        int r = trials.Count;
        int degreesOfFreedom = Math.Max(r - 1, 0);

        // Expected counts and Cochran's rule.
        double? smallest = null;
        int belowFive = 0;
        for (int i = 0; i < r; i++)
        {
            double with = (double)trials[i] * k / n;
            double without = (double)trials[i] * (n - k) / n;
            smallest = Math.Min(smallest ?? double.MaxValue, Math.Min(with, without));
            belowFive += (with < 5.0 ? 1 : 0) + (without < 5.0 ? 1 : 0);
        }
        bool cochran = smallest is { } e && e >= 1.0 && belowFive <= 0.2 * 2 * r;

        if (r < 2 || k == 0 || k == n)
        {
            return new HomogeneityTestResult(all, r, HomogeneityTestMethod.FreemanHaltonExact, 1.0, null, degreesOfFreedom, null, 1.0, smallest, belowFive, cochran, TableStatus.SingleTable);
        }

        double pooled = (double)k / n;
        double chiSquare = 0.0;
        for (int i = 0; i < r; i++)
        {
            double deviation = successes[i] - (trials[i] * pooled);
            chiSquare += deviation * deviation / (trials[i] * pooled * (1.0 - pooled));
        }
        double chiSquareP = StatisticsChecks.ClampPValue(SpecialFunctions.RegularizedGammaQ(0.5 * degreesOfFreedom, 0.5 * chiSquare));

        HomogeneityTestMethod method;
        double? exact = null;
        if (cochran)
        {
            method = HomogeneityTestMethod.PearsonChiSquare;
        }
        else
        {
            exact = r == 2
                ? HypergeometricTails.PValues(successes[0], trials[0], trials[1], k).TwoSided
                : FreemanHalton.PValue(successes.ToArray(), trials.ToArray(), MaxExactTables);
            method = exact is null ? HomogeneityTestMethod.PearsonChiSquareSmallExpectedCounts : HomogeneityTestMethod.FreemanHaltonExact;
        }
        return new HomogeneityTestResult(all, r, method, exact ?? chiSquareP, chiSquare, degreesOfFreedom, chiSquareP, exact, smallest, belowFive, cochran, TableStatus.Ok);
    }
}
