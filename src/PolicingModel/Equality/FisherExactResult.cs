using System.Globalization;
using System.Text;

namespace PolicingModel.Equality;

/// <summary>
/// Fisher's exact test of a 2×2 table [[a, b], [c, d]] — rows the two groups, columns with and without the outcome;
/// from <see cref="FisherExactTest"/>.
/// </summary>
/// <remarks>
/// Value equality over all members. Every p-value lies in (0, 1]: one below the smallest positive double
/// (4.9e−324) is reported as that value rather than 0.
/// </remarks>
public sealed record FisherExactResult
{
    internal FisherExactResult(long a, long b, long c, long d, double pValue, double pValueLess, double pValueGreater, double tableProbability, TableStatus status)
    {
        A = a;
        B = b;
        C = c;
        D = d;
        PValue = pValue;
        PValueLess = pValueLess;
        PValueGreater = pValueGreater;
        TableProbability = tableProbability;
        Status = status;
    }

    /// <summary>First row (first group), with the outcome.</summary>
    public long A { get; }

    /// <summary>First row (first group), without the outcome.</summary>
    public long B { get; }

    /// <summary>Second row (second group), with the outcome.</summary>
    public long C { get; }

    /// <summary>Second row (second group), without the outcome.</summary>
    public long D { get; }

    /// <summary>
    /// The two-sided p-value: the total probability, given the margins, of every table no more probable than the
    /// observed one (relative tolerance 1e-7).
    /// </summary>
    public double PValue { get; }

    /// <summary>The one-sided p-value P(X ≤ a): evidence that the first group has the outcome less often (odds ratio &lt; 1).</summary>
    public double PValueLess { get; }

    /// <summary>The one-sided p-value P(X ≥ a): evidence that the first group has the outcome more often (odds ratio &gt; 1).</summary>
    public double PValueGreater { get; }

    /// <summary>The hypergeometric probability of the observed table given its margins.</summary>
    public double TableProbability { get; }

    /// <summary><see cref="TableStatus.Ok"/>, or <see cref="TableStatus.SingleTable"/> when a margin is zero (all p-values are then 1).</summary>
    public TableStatus Status { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Table = [[{A}, {B}], [{C}, {D}]], PValue = {PValue:G4}, PValueLess = {PValueLess:G4}, PValueGreater = {PValueGreater:G4}, Status = {Status}");
        return true;
    }
}
