namespace PolicingModel.Rules;

/// <summary>The limits on detention without charge under PACE Part IV, each counted from the relevant time.</summary>
public enum DetentionLimit
{
    /// <summary>24 hours: the basic limit (PACE s.41(1)).</summary>
    Basic = 0,

    /// <summary>36 hours: the most a superintendent or above may authorise, for an indictable offence (PACE s.42(1)).</summary>
    SuperintendentExtension = 1,

    /// <summary>96 hours: the most that warrants of further detention from a magistrates' court may allow in total (PACE s.43(12), s.44(3)(b)).</summary>
    Absolute = 2,
}
