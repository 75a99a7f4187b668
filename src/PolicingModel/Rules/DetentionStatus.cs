namespace PolicingModel.Rules;

/// <summary>Where a moment falls on the detention clock, and so what authority detention without charge needs at that moment.</summary>
public enum DetentionStatus
{
    /// <summary>Before the relevant time: the clock has not started (for example in transit from another force area).</summary>
    NotStarted = 0,

    /// <summary>Within 24 hours of the relevant time: the custody officer's authorisation suffices (PACE s.37, s.41).</summary>
    BasicPeriod = 1,

    /// <summary>From 24 to 36 hours: lawful only with a superintendent's authorisation, for an indictable offence (PACE s.42).</summary>
    SuperintendentExtension = 2,

    /// <summary>From 36 to 96 hours: lawful only under a warrant of further detention from a magistrates' court (PACE ss.43–44).</summary>
    WarrantOfFurtherDetention = 3,

    /// <summary>96 hours or more: no authority allows detention without charge (PACE s.44(3)(b)).</summary>
    BeyondAbsoluteLimit = 4,
}
