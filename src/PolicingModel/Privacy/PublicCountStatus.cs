namespace PolicingModel.Privacy;

/// <summary>How a count is published in a public view: shown, shown only as "fewer than N", or withheld.</summary>
public enum PublicCountStatus
{
    /// <summary>The exact count is shown.</summary>
    [WireCode("shown")]
    Shown = 0,

    /// <summary>The count is below the suppression threshold N (zero included) and is shown only as "fewer than N".</summary>
    [WireCode("fewer-than")]
    FewerThan = 1,

    /// <summary>
    /// The count is not shown at all, so that a "fewer than N" count beside it cannot be worked out by subtraction from
    /// the total (complementary suppression). A withheld count may be of any size.
    /// </summary>
    [WireCode("withheld")]
    Withheld = 2,
}
