using System.Globalization;

namespace PolicingModel.Privacy;

/// <summary>
/// A count as a public view publishes it: exactly ("12"), as "fewer than 3" when it is below the suppression threshold,
/// or "withheld" when it is hidden to protect a small count beside it. See <see cref="SmallCellSuppression"/>.
/// </summary>
/// <remarks>
/// Equality compares the status and the number behind it (the count when shown, the threshold when "fewer than").
/// The default value is a shown count of zero. Built only through <see cref="Shown"/>, <see cref="FewerThan"/> and
/// <see cref="Withheld"/>, so a suppressed count never carries its true value: there is nothing to leak.
/// </remarks>
public readonly record struct PublicCount
{
    // The count when shown; the threshold N when "fewer than N"; zero when withheld.
    private readonly int number;

    private PublicCount(PublicCountStatus status, int number)
    {
        Status = status;
        this.number = number;
    }

    /// <summary>How the count is published.</summary>
    public PublicCountStatus Status { get; }

    /// <summary>The exact count when shown; null when suppressed.</summary>
    public int? Value => Status == PublicCountStatus.Shown ? number : null;

    /// <summary>The N of "fewer than N" when the count is below the threshold; otherwise null.</summary>
    public int? Threshold => Status == PublicCountStatus.FewerThan ? number : null;

    /// <summary>True when the exact count is not shown (below the threshold, or withheld).</summary>
    public bool IsSuppressed => Status != PublicCountStatus.Shown;

    /// <summary>A count that is withheld (complementary suppression).</summary>
    public static PublicCount Withheld => new(PublicCountStatus.Withheld, 0);

    /// <summary>A count shown exactly.</summary>
    /// <param name="value">Zero or more.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static PublicCount Shown(int value) =>
        new(PublicCountStatus.Shown, Preconditions.CheckRange(value, 0, int.MaxValue));

    /// <summary>A count below the threshold, shown as "fewer than <paramref name="threshold"/>".</summary>
    /// <param name="threshold">The suppression threshold, at least 2 (a threshold of 1 suppresses nothing).</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 2.</exception>
    public static PublicCount FewerThan(int threshold) =>
        new(PublicCountStatus.FewerThan, Preconditions.CheckRange(threshold, 2, int.MaxValue));

    /// <summary>Culture-invariant text: <c>12</c>, <c>fewer than 3</c> or <c>withheld</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Status switch
    {
        PublicCountStatus.FewerThan => "fewer than " + number.ToString(CultureInfo.InvariantCulture),
        PublicCountStatus.Withheld => "withheld",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
