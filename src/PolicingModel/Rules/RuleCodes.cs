namespace PolicingModel.Rules;

/// <summary>
/// The stable codes of every <see cref="ValidationProblem"/> the rules produce. A code never changes meaning once shipped;
/// PM2xxx is pre-charge bail, PM3xxx search warrants, PM4xxx age and PM5xxx the detention clock (PM1xxx belongs to the consistency checks in <c>PolicingModel.Validation.ValidationCodes</c>).
/// </summary>
public static class RuleCodes
{
    /// <summary>Error: a charge or release recorded more than 96 hours after the relevant time (PACE s.44(3)(b), s.43(12)): no authority allows detention without charge that long.</summary>
    public const string DetentionBeyondAbsoluteLimit = "PM5001";

    /// <summary>Warning: a charge or release recorded more than 36 hours after the relevant time, lawful only under a warrant of further detention (PACE ss.43–44), which the record does not show.</summary>
    public const string DetentionNeedsWarrantOfFurtherDetention = "PM5002";

    /// <summary>Information: a charge or release recorded more than 24 hours after the relevant time, lawful only with a superintendent's authorisation for an indictable offence (PACE s.42).</summary>
    public const string DetentionNeedsSuperintendentExtension = "PM5003";

    /// <summary>Error: pre-charge bail granted before the date of arrest.</summary>
    public const string BailGrantedBeforeArrest = "PM2001";

    /// <summary>Error: the original answer date of pre-charge bail lies beyond the initial applicable bail period (PACE s.47ZB).</summary>
    public const string BailAnswerBeyondInitialPeriod = "PM2002";

    /// <summary>Error: an extension of pre-charge bail goes beyond what its authority may allow under the regime that applies (PACE ss.47ZD, 47ZDA; 28 days then 3 months before 28 October 2022).</summary>
    public const string BailExtensionBeyondAuthority = "PM2003";

    /// <summary>Error: an extension authorised by an authority that could not extend pre-charge bail under the regime that applies (an inspector before 28 October 2022).</summary>
    public const string BailExtensionByWrongAuthority = "PM2004";

    /// <summary>Warning: an extension authorised after the date the person was due to answer bail, when the bail it extends had already run out.</summary>
    public const string BailExtensionAfterLapse = "PM2005";

    /// <summary>Warning: pre-charge bail with no answer date. Release with no return date and no conditions is release under investigation, not bail.</summary>
    public const string BailWithoutAnswerDate = "PM2006";

    /// <summary>Error: a search warrant executed after the last day for entry (PACE s.16(3): within three months of issue).</summary>
    public const string WarrantExecutedAfterExpiry = "PM3001";

    /// <summary>Information: a warrant executed before 06:00 local time (a "dawn raid"), which relies on PACE s.16(4)'s exception to entry at a reasonable hour.</summary>
    public const string WarrantExecutedPreDawn = "PM3002";

    /// <summary>Information: a warrant executed at or after 22:00 local time, which relies on PACE s.16(4)'s exception to entry at a reasonable hour.</summary>
    public const string WarrantExecutedLateAtNight = "PM3003";

    /// <summary>Information: an executed search warrant with no issue date, so PACE s.16(3) validity cannot be checked.</summary>
    public const string WarrantValidityUnknown = "PM3004";

    /// <summary>The time of entry is known only vaguely, so a rule about it cannot be decided.</summary>
    public const string WarrantTimeTooVague = "PM3005";

    /// <summary>Error: an arrestee whose whole age range is under 10, the age of criminal responsibility (Children and Young Persons Act 1933 s.50).</summary>
    public const string ArresteeBelowAgeOfCriminalResponsibility = "PM4001";

    /// <summary>Warning: an arrestee whose recorded age range includes ages under 10 (but is not simply unknown).</summary>
    public const string ArresteeMayBeBelowAgeOfCriminalResponsibility = "PM4002";
}
