using System.Globalization;

namespace PolicingModel;

/// <summary>
/// A person's age at the time of an event: exact ("a 26-year-old"), a range, or only a band such as "a juvenile"
/// when the source gives no age. Ages are whole years from 0 to 120.
/// </summary>
/// <remarks>
/// Equality compares the range. The default value is <see cref="Unknown"/> (0 to 120). Whether an age is lawful for an
/// arrest (the age of criminal responsibility is 10) is a rule, checked by validation, not here.
/// </remarks>
public readonly record struct Age
{
    /// <summary>The oldest age accepted.</summary>
    public const int MaxYears = 120;

    // Stored as min and (max - 120) so that default(Age) is the unknown range [0, 120].
    private readonly byte min;
    private readonly sbyte maxOffset;

    private Age(int min, int max)
    {
        this.min = (byte)min;
        maxOffset = (sbyte)(max - MaxYears);
    }

    /// <summary>Any age: nothing is known.</summary>
    public static Age Unknown => default;

    /// <summary>A juvenile under PACE: 10 to 17 (the source says "a youth" or "a juvenile" without an age).</summary>
    public static Age Juvenile => new(10, 17);

    /// <summary>An adult: 18 or over.</summary>
    public static Age Adult => new(18, MaxYears);

    /// <summary>An exact age in whole years.</summary>
    /// <param name="years">From 0 to 120.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 0–120.</exception>
    public static Age Exactly(int years)
    {
        Preconditions.CheckRange(years, 0, MaxYears);
        return new Age(years, years);
    }

    /// <summary>An age known only to lie in a range, both ends inclusive.</summary>
    /// <param name="minYears">The youngest possible age, from 0 to 120.</param>
    /// <param name="maxYears">The oldest possible age, from <paramref name="minYears"/> to 120.</param>
    /// <exception cref="ArgumentOutOfRangeException">Either end is outside 0–120, or the range ends before it starts.</exception>
    public static Age Between(int minYears, int maxYears)
    {
        Preconditions.CheckRange(minYears, 0, MaxYears);
        Preconditions.CheckRange(maxYears, minYears, MaxYears);
        return new Age(minYears, maxYears);
    }

    /// <summary>The youngest the person can be.</summary>
    public int MinYears => min;

    /// <summary>The oldest the person can be.</summary>
    public int MaxYearsInclusive => maxOffset + MaxYears;

    /// <summary>True when the age is known exactly.</summary>
    public bool IsExact => MinYears == MaxYearsInclusive;

    /// <summary>The exact age, or null when only a range is known.</summary>
    public int? Years => IsExact ? MinYears : null;

    /// <summary>True when nothing is known (the range is 0–120).</summary>
    public bool IsUnknown => MinYears == 0 && MaxYearsInclusive == MaxYears;

    /// <summary>Culture-invariant text such as <c>26</c>, <c>10-17</c> or <c>unknown</c>.</summary>
    public override string ToString() =>
        IsUnknown ? "unknown"
        : IsExact ? MinYears.ToString(CultureInfo.InvariantCulture)
        : MaxYearsInclusive == MaxYears ? string.Create(CultureInfo.InvariantCulture, $"{MinYears}+")
        : string.Create(CultureInfo.InvariantCulture, $"{MinYears}-{MaxYearsInclusive}");
}
