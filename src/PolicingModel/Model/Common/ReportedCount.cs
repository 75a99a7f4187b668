using System.Globalization;

namespace PolicingModel;

/// <summary>
/// A count as a source stated it: "seven", "around 20", "more than 30", "up to 60", "between 10 and 15", "a number
/// of". See <see cref="Precision"/> for what each form means and how counts add.
/// </summary>
/// <remarks>
/// Equality compares value, precision, upper end and wording. The default value is an exact zero.
/// </remarks>
public readonly record struct ReportedCount
{
    /// <summary>Creates a count.</summary>
    /// <param name="value">
    /// Zero or more: the number the source gives (the lower end of a range, the bound of "up to" or "fewer than"); 0 for
    /// an unquantified count.
    /// </param>
    /// <param name="precision">How exact the count is.</param>
    /// <param name="upper">The upper end of a <see cref="Precision.Range"/> (greater than <paramref name="value"/>); null otherwise.</param>
    /// <param name="wording">
    /// The source's words, kept for rendering: the hedge before the number ("in excess of", "as many as") or, for an
    /// unquantified count, the phrase in place of it ("a number of", "dozens of"); at most 60 characters.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">Negative value or undefined precision.</exception>
    /// <exception cref="ArgumentException">A range without a greater upper end, an upper end on another form, a number on an unquantified count, or blank or over-long wording.</exception>
    public ReportedCount(int value, Precision precision = Precision.Exact, int? upper = null, string? wording = null)
    {
        Value = Preconditions.CheckRange(value, 0, int.MaxValue);
        FigureRules.Check(value, precision, upper, wording, nameof(value));
        Precision = precision;
        Upper = upper;
        Wording = wording;
    }

    /// <summary>An exact count.</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount Exactly(int value) => new(value);

    /// <summary>"at least <paramref name="value"/>".</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount AtLeast(int value) => new(value, Precision.AtLeast);

    /// <summary>"more than <paramref name="value"/>", "over <paramref name="value"/>".</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount MoreThan(int value) => new(value, Precision.MoreThan);

    /// <summary>"around <paramref name="value"/>".</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount Around(int value) => new(value, Precision.Approximate);

    /// <summary>"up to <paramref name="value"/>".</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount UpTo(int value) => new(value, Precision.UpTo);

    /// <summary>"fewer than <paramref name="value"/>".</summary>
    /// <param name="value">Zero or more.</param>
    public static ReportedCount FewerThan(int value) => new(value, Precision.FewerThan);

    /// <summary>"between <paramref name="low"/> and <paramref name="high"/>".</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end, greater than <paramref name="low"/>.</param>
    public static ReportedCount Between(int low, int high) => new(low, Precision.Range, high);

    /// <summary>A count given without a number: "a number of", "several", "some".</summary>
    /// <param name="wording">The source's words in place of the number.</param>
    public static ReportedCount Unquantified(string wording) => new(0, Precision.Unquantified, wording: Preconditions.CheckNotBlank(wording));

    /// <summary>The number (see the constructor for what it means in each form).</summary>
    public int Value { get; }

    /// <summary>How exact the number is.</summary>
    public Precision Precision { get; }

    /// <summary>The upper end of a range; null for every other form.</summary>
    public int? Upper { get; }

    /// <summary>The source's words, when kept; null otherwise.</summary>
    public string? Wording { get; }

    /// <summary>True when the count is an exact zero: nothing of the kind happened, as far as the source says.</summary>
    public bool IsExactlyZero => Value == 0 && Precision == Precision.Exact;

    /// <summary>True when the count is exactly one (for "a" rather than a number).</summary>
    public bool IsExactlyOne => Value == 1 && Precision == Precision.Exact;

    /// <summary>
    /// The sum of two counts by the interval rules of <see cref="Precision"/>: "more than 30" plus 5 is "more than 35";
    /// "up to 60" plus 5 is "between 5 and 65"; anything plus an unquantified count is at least the rest.
    /// </summary>
    /// <param name="other">The other count.</param>
    /// <remarks>A sum beyond <see cref="int.MaxValue"/> is "at least" <see cref="int.MaxValue"/> (a true lower bound), never an overflow.</remarks>
    public ReportedCount Add(ReportedCount other)
    {
        (decimal value, Precision precision, decimal? upper) = FigureBounds.Of(Value, Precision, Upper).Plus(FigureBounds.Of(other.Value, other.Precision, other.Upper)).ToFigure().Capped(int.MaxValue);
        string? wording = FigureRules.WordingOfSum(Value, Precision, Wording, other.Value, other.Precision, other.Wording);
        return new ReportedCount((int)value, precision, upper is { } u ? (int)u : null, wording);
    }

    /// <summary>Culture-invariant text such as <c>55</c>, <c>30 (MoreThan)</c> or <c>10 to 15 (Range)</c>.</summary>
    public override string ToString() =>
        Precision switch
        {
            Precision.Exact => Value.ToString(CultureInfo.InvariantCulture),
            Precision.Range => string.Create(CultureInfo.InvariantCulture, $"{Value} to {Upper} (Range)"),
            Precision.Unquantified => "(Unquantified)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Value} ({Precision})"),
        };
}
