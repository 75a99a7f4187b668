namespace PolicingModel;

/// <summary>
/// How exact a figure is, as the source stated it. Press releases round and hedge ("around £20,000", "over £14,000",
/// "up to 60 letters", "between 10 and 15 arrests", "several thousand pounds", "a number of phones"); keeping the hedge
/// with the number means a figure "as reported" is never mistaken for an exact count, and nothing vague is ever summed
/// into an exact figure.
/// </summary>
/// <remarks>
/// Each precision stands for an interval of possible true values; sums add the intervals (see <see cref="Money.Add"/>,
/// <see cref="Quantity.Add"/>). The words the source used can be kept with the figure (<c>Wording</c> on
/// <see cref="ReportedCount"/>, <see cref="Money"/> and <see cref="Quantity"/>) so that a rendering repeats them.
/// </remarks>
public enum Precision
{
    /// <summary>The figure is an exact count or amount: the interval [v, v].</summary>
    [WireCode("exact")]
    Exact = 0,

    /// <summary>"around", "about", "approximately": the true value is near the figure, on either side.</summary>
    [WireCode("approximate")]
    Approximate = 1,

    /// <summary>"an estimated": an estimate by the source; treated like <see cref="Approximate"/> when combined.</summary>
    [WireCode("estimated")]
    Estimated = 2,

    /// <summary>"at least": the true value is the figure or more, [v, ∞).</summary>
    [WireCode("at-least")]
    AtLeast = 3,

    /// <summary>"over", "more than": the true value is strictly greater than the figure, (v, ∞).</summary>
    [WireCode("more-than")]
    MoreThan = 4,

    /// <summary>"up to", "as many as": the true value is the figure or less, [0, v].</summary>
    [WireCode("up-to")]
    UpTo = 5,

    /// <summary>"fewer than", "under", "less than": the true value is strictly less than the figure, [0, v).</summary>
    [WireCode("fewer-than")]
    FewerThan = 6,

    /// <summary>"between 10 and 15": the true value lies in [v, upper], both ends included.</summary>
    [WireCode("range")]
    Range = 7,

    /// <summary>
    /// No number at all: "several thousand pounds", "a significant amount of cannabis", "a number of phones", "some".
    /// The figure's value is 0 and carries no meaning; its <c>Wording</c> says what the source said.
    /// </summary>
    [WireCode("unquantified")]
    Unquantified = 8,
}

/// <summary>Questions about a <see cref="Precision"/>.</summary>
public static class PrecisionExtensions
{
    /// <summary>True for <see cref="Precision.AtLeast"/> and <see cref="Precision.MoreThan"/>.</summary>
    /// <param name="precision">The precision.</param>
    public static bool IsLowerBound(this Precision precision) => precision is Precision.AtLeast or Precision.MoreThan;

    /// <summary>True for <see cref="Precision.UpTo"/> and <see cref="Precision.FewerThan"/>.</summary>
    /// <param name="precision">The precision.</param>
    public static bool IsUpperBound(this Precision precision) => precision is Precision.UpTo or Precision.FewerThan;

    /// <summary>True for <see cref="Precision.Approximate"/> and <see cref="Precision.Estimated"/>.</summary>
    /// <param name="precision">The precision.</param>
    public static bool IsApproximate(this Precision precision) => precision is Precision.Approximate or Precision.Estimated;

    /// <summary>True unless the figure has no number (<see cref="Precision.Unquantified"/>).</summary>
    /// <param name="precision">The precision.</param>
    public static bool HasNumber(this Precision precision) => precision != Precision.Unquantified;

    /// <summary>
    /// True when the true value may be zero although the figure says nothing of it: an upper bound or an unquantified
    /// figure ("up to 60", "some"). A renderer must not then claim that something happened.
    /// </summary>
    /// <param name="precision">The precision.</param>
    public static bool AdmitsZero(this Precision precision) => precision.IsUpperBound();
}
