namespace PolicingModel.Tests.Queries;

/// <summary>A sequence that fails the test if anything enumerates it: proves an operator is deferred.</summary>
internal sealed class BreakingSequence<T> : IEnumerable<T>
{
    public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException("The sequence was enumerated.");

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Counts how many times it is enumerated: proves an operator enumerates its source once.</summary>
internal sealed class CountingSequence<T>(IEnumerable<T> items) : IEnumerable<T>
{
    public int Enumerations { get; private set; }

    public IEnumerator<T> GetEnumerator()
    {
        Enumerations++;
        return items.GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
