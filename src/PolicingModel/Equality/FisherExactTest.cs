namespace PolicingModel.Equality;

/// <summary>
/// Fisher's exact test of a 2×2 table (Fisher 1935): do two groups have the outcome in the same proportion? Exact for
/// any counts, so the test to use when expected counts are small.
/// </summary>
/// <remarks>
/// <para>
/// Conditional on the margins — row totals n₁ = a + b and n₂ = c + d, first-column total K = a + c, N = n₁ + n₂ —
/// the count a has the hypergeometric distribution P(a) = C(n₁, a) C(n₂, K − a) / C(N, K). The two-sided p-value is
/// the sum of P(x) over every x with P(x) ≤ P(a)·(1 + 10⁻⁷), the relative tolerance R's <c>fisher.test</c> uses so
/// that tables tied in exact arithmetic are not split by rounding; the one-sided p-values are P(X ≤ a) and
/// P(X ≥ a).
/// </para>
/// <para>
/// The probabilities are computed in log space, relative to the mode, from the ratio of successive terms
/// P(x + 1)/P(x) = (n₁ − x)(K − x) / ((x + 1)(n₂ − K + x + 1)), summed outwards until the rest of each tail is
/// provably negligible, so margins in the millions cost time of the order of the distribution's standard deviation
/// and lose no precision.
/// </para>
/// <para>
/// References: R. A. Fisher (1935), The Design of Experiments, chapter II (the lady tasting tea: [[3, 1], [1, 3]] gives
/// p = 0.4857 two-sided, 0.2429 one-sided); A. Agresti (2002), Categorical Data Analysis, 2nd edition, §3.5.
/// </para>
/// </remarks>
public static class FisherExactTest
{
    /// <summary>Fisher's exact test of the table [[a, b], [c, d]].</summary>
    /// <param name="a">First row, with the outcome.</param>
    /// <param name="b">First row, without the outcome.</param>
    /// <param name="c">Second row, with the outcome.</param>
    /// <param name="d">Second row, without the outcome.</param>
    /// <returns>The p-values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above 2⁵³.</exception>
    /// <exception cref="ArgumentException">The counts add up to more than 2⁵³.</exception>
    /// <remarks>
    /// Immediate; time of the order of the standard deviation of a, so growing as √N: about 10 ms for a table of ten
    /// million people and 25 ms for six billion on this project's VM. Allocates the result.
    /// </remarks>
    /// <example><c>FisherExactTest.Of(3, 1, 1, 3).PValue</c> is 0.4857 (Fisher's tea-tasting experiment).</example>
    public static FisherExactResult Of(long a, long b, long c, long d)
    {
        StatisticsChecks.CheckCount(a);
        StatisticsChecks.CheckCount(b);
        StatisticsChecks.CheckCount(c);
        StatisticsChecks.CheckCount(d);
        StatisticsChecks.CheckTotal([a, b, c, d], nameof(d), "The total a + b + c + d");
        (double two, double less, double greater, double probability) = HypergeometricTails.PValues(a, a + b, c + d, a + c);
        TableStatus status = a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0 ? TableStatus.SingleTable : TableStatus.Ok;
        return new FisherExactResult(a, b, c, d, two, less, greater, probability, status);
    }

    /// <summary>Fisher's exact test of two groups' counts: the table [[k₁, n₁ − k₁], [k₂, n₂ − k₂]].</summary>
    /// <param name="first">The first group.</param>
    /// <param name="second">The second group.</param>
    /// <returns>The p-values; <see cref="FisherExactResult.PValueGreater"/> is the evidence that the first group has the outcome more often.</returns>
    /// <exception cref="ArgumentException">The two groups have more than 2⁵³ trials between them.</exception>
    /// <remarks>Immediate. Allocates the result.</remarks>
    public static FisherExactResult Compare(BinomialCount first, BinomialCount second)
    {
        StatisticsChecks.CheckTotal([first.Trials, second.Trials], nameof(second), "The total of the two groups' trials");
        return Of(first.Successes, first.Failures, second.Successes, second.Failures);
    }
}
