namespace PolicingModel.Equality;

// A sum of exponentials kept as a logarithm (log-sum-exp with a running maximum), so that terms far below or far
// above double range add up without underflow or overflow. A mutable accumulator used on the stack only.
internal struct LogSum
{
    private double max;
    private double scaled;

    // An empty sum (its logarithm is −∞).
    internal static LogSum Empty => new() { max = double.NegativeInfinity, scaled = 0.0 };

    // True once a term has been added.
    internal readonly bool HasTerms => scaled > 0.0;

    // Adds e^logTerm.
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

    // The logarithm of the sum; −∞ when empty.
    internal readonly double Log => scaled > 0.0 ? max + Math.Log(scaled) : double.NegativeInfinity;
}
