namespace PolicingModel.Reference;

/// <summary>Places an <see cref="Age"/> in its Home Office <see cref="AgeBand"/>.</summary>
public static class AgeBands
{
    private static readonly AgeBand[] ByYear = BuildTable();

    /// <summary>
    /// The band of <paramref name="age"/>: the band of an exact age, or the one band a range lies wholly inside
    /// (so <see cref="Age.Juvenile"/> is 10–17), else <see cref="AgeBand.Unknown"/>. Does not allocate.
    /// </summary>
    /// <param name="age">The age.</param>
    public static AgeBand Of(Age age)
    {
        AgeBand low = ByYear[age.MinYears];
        return low == ByYear[age.MaxYearsInclusive] ? low : AgeBand.Unknown;
    }

    /// <summary>The youngest and oldest ages in <paramref name="band"/> (the oldest is 120 for 50 and over).</summary>
    /// <param name="band">A band other than <see cref="AgeBand.Unknown"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The band is unknown or undefined.</exception>
    public static (int Min, int Max) RangeOf(AgeBand band) => band switch
    {
        AgeBand.Under10 => (0, 9),
        AgeBand.From10To17 => (10, 17),
        AgeBand.From18To20 => (18, 20),
        AgeBand.From21To24 => (21, 24),
        AgeBand.From25To29 => (25, 29),
        AgeBand.From30To39 => (30, 39),
        AgeBand.From40To49 => (40, 49),
        AgeBand.From50 => (50, Age.MaxYears),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Only a known band has a range."),
    };

    private static AgeBand[] BuildTable()
    {
        var table = new AgeBand[Age.MaxYears + 1];
        foreach (AgeBand band in Enum.GetValues<AgeBand>())
        {
            if (band == AgeBand.Unknown)
            {
                continue;
            }
            (int min, int max) = RangeOf(band);
            for (int year = min; year <= max; year++)
            {
                table[year] = band;
            }
        }
        return table;
    }
}
