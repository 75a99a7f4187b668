using System.Globalization;
using System.Text;

namespace PolicingModel.Equality;

/// <summary>
/// A proportion k/n with its confidence interval, from <see cref="Proportions.Wilson(long, long, double)"/> or
/// <see cref="Proportions.ClopperPearson(long, long, double)"/>.
/// </summary>
/// <remarks>
/// Value equality over all members. With no trials the estimate and the interval are null and <see cref="Status"/>
/// is <see cref="ProportionStatus.NoTrials"/>; no member is ever NaN or infinite.
/// </remarks>
public sealed record ProportionEstimate
{
    internal ProportionEstimate(BinomialCount count, ProportionInterval? interval, ProportionIntervalMethod method, double confidenceLevel)
    {
        Count = count;
        Interval = interval;
        Method = method;
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>The count the estimate is of.</summary>
    public BinomialCount Count { get; }

    /// <summary>The number with the outcome, k.</summary>
    public long Successes => Count.Successes;

    /// <summary>The number in all, n.</summary>
    public long Trials => Count.Trials;

    /// <summary>The point estimate k/n; null when n = 0.</summary>
    public double? Estimate => Count.Proportion;

    /// <summary>The confidence interval; null when n = 0.</summary>
    public ProportionInterval? Interval { get; }

    /// <summary>How the interval was computed.</summary>
    public ProportionIntervalMethod Method { get; }

    /// <summary>The confidence level asked for, such as 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary><see cref="ProportionStatus.Ok"/>, or <see cref="ProportionStatus.NoTrials"/> when n = 0 (not estimable).</summary>
    public ProportionStatus Status => Count.Trials == 0 ? ProportionStatus.NoTrials : ProportionStatus.Ok;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Count = {Count}, Estimate = {Estimate:G4}, Interval = {Interval}, Method = {Method}, Status = {Status}");
        return true;
    }
}
