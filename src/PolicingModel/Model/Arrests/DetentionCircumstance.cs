namespace PolicingModel;

/// <summary>Which rule of PACE s.41(2) fixes the "relevant time" from which the detention clock runs.</summary>
public enum DetentionCircumstance
{
    /// <summary>s.41(2)(d): the time of arrival at the first police station after arrest.</summary>
    [WireCode("standard")]
    Standard = 0,

    /// <summary>s.41(2)(a): arrested in one force area for an offence investigated in another; the earlier of arrival at the relevant station or 24 hours after arrest.</summary>
    [WireCode("arrested-for-another-force-area")]
    ArrestedForAnotherForceArea = 1,

    /// <summary>s.41(2)(c): attended a station voluntarily and was arrested there; the time of arrest.</summary>
    [WireCode("voluntary-attendance")]
    VoluntaryAttendance = 2,

    /// <summary>s.41(2)(b): arrested outside England and Wales; the earlier of arrival at the first station in the investigating area or 24 hours after entering England and Wales.</summary>
    [WireCode("arrested-outside-england-and-wales")]
    ArrestedOutsideEnglandAndWales = 3,
}
