namespace PolicingModel.Reference;

/// <summary>
/// The age groups of the Home Office "Police powers and procedures" arrest tables: 10–17, 18–20, 21–24, 25–29, 30–39,
/// 40–49 and 50 and over, plus under 10 (invalid for an arrest, kept so that bad data is counted, not hidden) and
/// unknown (no exact age, and a range that spans more than one band).
/// </summary>
/// <remarks>
/// The domain notes name the publication (counts by age group) but not its band boundaries, so these boundaries are
/// unverified against the current tables. They are not the data.police.uk stop-and-search <c>age_range</c> groups
/// ("under 10", "10-17", "18-24", "25-34", "over 34"), which need a crosswalk of their own. Wire codes come from
/// <see cref="WireCodes"/> (<c>from-10-to-17</c>, <c>from-50</c>, <c>under-10</c>, <c>unknown</c>).
/// </remarks>
public enum AgeBand
{
    /// <summary>Age not known precisely enough to place in one band.</summary>
    [WireCode("unknown")]
    Unknown = 0,

    /// <summary>Under 10: below the age of criminal responsibility.</summary>
    [WireCode("under-10")]
    Under10,

    /// <summary>10 to 17: juveniles.</summary>
    [WireCode("from-10-to-17")]
    From10To17,

    /// <summary>18 to 20.</summary>
    [WireCode("from-18-to-20")]
    From18To20,

    /// <summary>21 to 24.</summary>
    [WireCode("from-21-to-24")]
    From21To24,

    /// <summary>25 to 29.</summary>
    [WireCode("from-25-to-29")]
    From25To29,

    /// <summary>30 to 39.</summary>
    [WireCode("from-30-to-39")]
    From30To39,

    /// <summary>40 to 49.</summary>
    [WireCode("from-40-to-49")]
    From40To49,

    /// <summary>50 and over.</summary>
    [WireCode("from-50")]
    From50,
}
