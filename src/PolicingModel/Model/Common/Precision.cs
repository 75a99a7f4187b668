namespace PolicingModel;

/// <summary>
/// How exact a figure is, as the source stated it. Press releases round and hedge ("around £20,000", "over £14,000",
/// "more than 30", "an estimated 200"); keeping the hedge with the number means a figure "as reported" is never
/// mistaken for an exact count.
/// </summary>
public enum Precision
{
    /// <summary>The figure is an exact count or amount.</summary>
    [WireCode("exact")]
    Exact = 0,

    /// <summary>"around", "about", "approximately": the true value is near the figure, on either side.</summary>
    [WireCode("approximate")]
    Approximate = 1,

    /// <summary>"an estimated": an estimate by the source; treated like <see cref="Approximate"/> when combined.</summary>
    [WireCode("estimated")]
    Estimated = 2,

    /// <summary>"at least": the true value is the figure or more.</summary>
    [WireCode("at-least")]
    AtLeast = 3,

    /// <summary>"over", "more than": the true value is strictly greater than the figure.</summary>
    [WireCode("more-than")]
    MoreThan = 4,
}

/// <summary>Rules for combining the precision of figures that are added together.</summary>
public static class PrecisionExtensions
{
    /// <summary>
    /// The precision of a sum: approximate if any part is approximate or estimated (estimated only if all such parts
    /// are estimated); otherwise a lower bound if any part is one ("more than" wins over "at least", because
    /// more than 10 plus at least 5 is more than 15); otherwise exact.
    /// </summary>
    /// <param name="left">The precision of one part.</param>
    /// <param name="right">The precision of the other part.</param>
    public static Precision CombineWith(this Precision left, Precision right)
    {
        static int Rank(Precision p) => p switch
        {
            Precision.Exact => 0,
            Precision.AtLeast => 1,
            Precision.MoreThan => 2,
            Precision.Estimated => 3,
            Precision.Approximate => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Unknown precision."),
        };
        return Rank(left) >= Rank(right) ? left : right;
    }

    /// <summary>True for <see cref="Precision.AtLeast"/> and <see cref="Precision.MoreThan"/>.</summary>
    /// <param name="precision">The precision.</param>
    public static bool IsLowerBound(this Precision precision) => precision is Precision.AtLeast or Precision.MoreThan;

    /// <summary>True for <see cref="Precision.Approximate"/> and <see cref="Precision.Estimated"/>.</summary>
    /// <param name="precision">The precision.</param>
    public static bool IsApproximate(this Precision precision) => precision is Precision.Approximate or Precision.Estimated;
}
