namespace PolicingModel.Equality;

/// <summary>
/// A sum of exponentials kept as a logarithm (log-sum-exp with a running maximum), so that terms far below or far
/// above double range add up without underflow or overflow. A mutable accumulator used on the stack only.
/// </summary>
internal struct LogSum
{
    private double max;
    private double scaled;

    /// <summary>An empty sum (its logarithm is −∞).</summary>
    internal static LogSum Empty => new() { max = double.NegativeInfinity, scaled = 0.0 };

    /// <summary>True once a term has been added.</summary>
    internal readonly bool HasTerms => scaled > 0.0;

    /// <summary>Adds e^<paramref name="logTerm"/>.</summary>
    internal void Add(double logTerm)
    {
        if (logTerm <= max)
        {
            scaled += Math.Exp(logTerm - max);
        }
        else
        {
            scaled = (scaled * Math.Exp(max - logTerm)) + 1.0;
            max = logTerm;
        }
    }

    /// <summary>The logarithm of the sum; −∞ when empty.</summary>
    internal readonly double Log => scaled > 0.0 ? max + Math.Log(scaled) : double.NegativeInfinity;
}
