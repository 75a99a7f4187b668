namespace PolicingModel;

/// <summary>
/// Officer-defined ethnicity (the IC codes): an officer's visual assessment, kept apart from
/// <see cref="SelfDefinedEthnicity"/> and never to be mixed with it in one breakdown.
/// </summary>
public enum OfficerDefinedEthnicity
{
    /// <summary>IC9: unknown, or not recorded.</summary>
    [WireCode("IC9")]
    Unknown = 0,

    /// <summary>IC1: White – North European.</summary>
    [WireCode("IC1")]
    WhiteNorthEuropean = 1,

    /// <summary>IC2: White – South European.</summary>
    [WireCode("IC2")]
    WhiteSouthEuropean = 2,

    /// <summary>IC3: Black.</summary>
    [WireCode("IC3")]
    Black = 3,

    /// <summary>IC4: Asian (Indian subcontinent).</summary>
    [WireCode("IC4")]
    Asian = 4,

    /// <summary>IC5: Chinese, Japanese or other South-East Asian.</summary>
    [WireCode("IC5")]
    ChineseJapaneseOrSouthEastAsian = 5,

    /// <summary>IC6: Arab or North African.</summary>
    [WireCode("IC6")]
    ArabOrNorthAfrican = 6,
}
