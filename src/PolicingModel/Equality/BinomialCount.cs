using System.Globalization;

namespace PolicingModel.Equality;

/// <summary>
/// A count out of a total — "81 of 263 people stopped were arrested": the number of <see cref="Successes"/> (people
/// with the outcome) out of a number of <see cref="Trials"/> (people in the group), the data of one group in an
/// equality comparison.
/// </summary>
/// <remarks>
/// Value equality over both counts. The default value is 0 of 0, a group with nobody in it, for which no proportion
/// is defined. Counts are at most 2⁵³, the largest count a double holds exactly.
/// </remarks>
public readonly record struct BinomialCount
{
    /// <summary>A count of <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">How many have the outcome; from 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">How many there are in all; from 0 to 2⁵³.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above 2⁵³.</exception>
    /// <exception cref="ArgumentException"><paramref name="successes"/> is greater than <paramref name="trials"/>.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public BinomialCount(long successes, long trials)
    {
        StatisticsChecks.CheckCount(successes);
        StatisticsChecks.CheckCount(trials);
        Preconditions.CheckArgument(
            successes <= trials,
            nameof(successes),
            $"{nameof(successes)} must not be greater than {nameof(trials)}; it was {successes} out of {trials}.");
        Successes = successes;
        Trials = trials;
    }

    /// <summary>How many have the outcome (k).</summary>
    public long Successes { get; }

    /// <summary>How many there are in all (n).</summary>
    public long Trials { get; }

    /// <summary>How many do not have the outcome (n − k).</summary>
    public long Failures => Trials - Successes;

    /// <summary>The proportion k/n; null when there are no trials (0/0 is not a proportion).</summary>
    public double? Proportion => Trials == 0 ? null : (double)Successes / Trials;

    /// <summary>Culture-invariant text such as <c>81/263</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Successes}/{Trials}");
}
