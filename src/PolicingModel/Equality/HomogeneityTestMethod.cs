namespace PolicingModel.Equality;

/// <summary>Which test <see cref="HomogeneityTest.Of"/> used, chosen by the expected counts (Cochran's rule).</summary>
public enum HomogeneityTestMethod
{
    /// <summary>
    /// The Freeman–Halton exact test (Fisher's exact test when there are two groups): expected counts were too small
    /// for the chi-square approximation, and the tables with the observed margins were few enough to enumerate.
    /// Also reported for a table with a zero margin, whose exact p-value is 1.
    /// </summary>
    [WireCode("freeman-halton-exact")]
    FreemanHaltonExact = 1,

    /// <summary>Pearson's chi-square test: the expected counts meet Cochran's rule, so the approximation is adequate.</summary>
    [WireCode("pearson-chi-square")]
    PearsonChiSquare = 2,

    /// <summary>
    /// Pearson's chi-square test although the expected counts fail Cochran's rule, because the exact test would have
    /// had to enumerate more than <see cref="HomogeneityTest.MaxExactTables"/> tables: the p-value is approximate and
    /// should be reported as such (or small groups merged).
    /// </summary>
    [WireCode("pearson-chi-square-small-expected-counts")]
    PearsonChiSquareSmallExpectedCounts = 3,
}
