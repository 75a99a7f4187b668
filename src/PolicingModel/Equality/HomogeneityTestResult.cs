using System.Globalization;
using System.Text;

namespace PolicingModel.Equality;

/// <summary>
/// A test that two or more groups have the outcome in the same proportion (an r×2 table); from
/// <see cref="HomogeneityTest.Of"/>. <see cref="PValue"/> is the p-value of the test named by <see cref="Method"/>.
/// </summary>
/// <remarks>
/// Value equality over all members. Figures that do not apply are null, never NaN; p-values lie in (0, 1], one below
/// the smallest positive double (4.9e−324) being reported as that value.
/// </remarks>
public sealed record HomogeneityTestResult
{
    internal HomogeneityTestResult(
        EquatableArray<BinomialCount> groups, int groupsCompared, HomogeneityTestMethod method, double pValue, double? chiSquare,
        int degreesOfFreedom, double? chiSquarePValue, double? exactPValue, double? smallestExpectedCount, int expectedCountsBelowFive,
        bool meetsCochranRule, TableStatus status)
    {
        Groups = groups;
        GroupsCompared = groupsCompared;
        Method = method;
        PValue = pValue;
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        ChiSquarePValue = chiSquarePValue;
        ExactPValue = exactPValue;
        SmallestExpectedCount = smallestExpectedCount;
        ExpectedCountsBelowFive = expectedCountsBelowFive;
        MeetsCochranRule = meetsCochranRule;
        Status = status;
    }

    /// <summary>The groups as given.</summary>
    public EquatableArray<BinomialCount> Groups { get; }

    /// <summary>How many groups were compared: those with at least one trial (a group with nobody in it has no proportion and adds nothing to either test).</summary>
    public int GroupsCompared { get; }

    /// <summary>Which test <see cref="PValue"/> comes from.</summary>
    public HomogeneityTestMethod Method { get; }

    /// <summary>The p-value of the test used: the probability, if every group had the outcome in the same proportion, of a table at least as far from that as the one observed.</summary>
    public double PValue { get; }

    /// <summary>Pearson's statistic X² = Σ (observed − expected)² / expected over the 2 × <see cref="GroupsCompared"/> cells; null when a margin is zero.</summary>
    public double? ChiSquare { get; }

    /// <summary>The degrees of freedom of the chi-square test, <see cref="GroupsCompared"/> − 1 (0 when fewer than two groups have trials).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>The chi-square p-value, P(χ²(df) ≥ X²); computed whenever <see cref="ChiSquare"/> is, whichever test was used.</summary>
    public double? ChiSquarePValue { get; }

    /// <summary>The exact (Freeman–Halton) p-value; null unless the exact test was used.</summary>
    public double? ExactPValue { get; }

    /// <summary>The smallest expected count, nᵢ·K/N or nᵢ·(N − K)/N; null when no group has trials.</summary>
    public double? SmallestExpectedCount { get; }

    /// <summary>How many of the 2 × <see cref="GroupsCompared"/> expected counts are below 5.</summary>
    public int ExpectedCountsBelowFive { get; }

    /// <summary>True when no expected count is below 1 and at most 20% are below 5 (Cochran 1954), so that the chi-square approximation is adequate.</summary>
    public bool MeetsCochranRule { get; }

    /// <summary><see cref="TableStatus.Ok"/>, or <see cref="TableStatus.SingleTable"/> when a margin is zero (the p-value is then 1 and says nothing).</summary>
    public TableStatus Status { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Groups = {Groups}, Method = {Method}, PValue = {PValue:G4}, ChiSquare = {ChiSquare:G6}, DegreesOfFreedom = {DegreesOfFreedom}, ExactPValue = {ExactPValue:G4}, Status = {Status}");
        return true;
    }
}
