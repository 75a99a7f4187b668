namespace PolicingModel.Reference;

/// <summary>Rolls self-defined and officer-defined ethnicity up to the five published groups. The two are never mixed: pick one per breakdown.</summary>
public static class EthnicityGroups
{
    /// <summary>The group of a self-defined ethnicity, by its 18+1 letter (W, M, A, B, O; NS is not stated).</summary>
    /// <param name="ethnicity">The self-defined ethnicity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static EthnicityGroup Of(SelfDefinedEthnicity ethnicity) => ethnicity switch
    {
        < SelfDefinedEthnicity.NotStated => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "Undefined self-defined ethnicity."),
        SelfDefinedEthnicity.NotStated => EthnicityGroup.NotStated,
        <= SelfDefinedEthnicity.WhiteOther => EthnicityGroup.White,
        <= SelfDefinedEthnicity.MixedOther => EthnicityGroup.Mixed,
        <= SelfDefinedEthnicity.AsianOther => EthnicityGroup.Asian,
        <= SelfDefinedEthnicity.BlackOther => EthnicityGroup.Black,
        <= SelfDefinedEthnicity.OtherEthnicGroup => EthnicityGroup.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "Undefined self-defined ethnicity."),
    };

    /// <summary>
    /// The group of an officer-defined ethnicity: IC1 and IC2 White, IC3 Black, IC4 Asian, IC6 Other, IC9 unknown.
    /// IC5 (Chinese, Japanese or other South-East Asian) is placed in Asian, matching the self-defined 18+1 scheme,
    /// which puts Chinese (A4) in the Asian group; this is the library's documented choice, since Home Office tables
    /// have grouped IC5 differently over the years.
    /// </summary>
    /// <param name="ethnicity">The officer-defined ethnicity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static EthnicityGroup Of(OfficerDefinedEthnicity ethnicity) => ethnicity switch
    {
        OfficerDefinedEthnicity.Unknown => EthnicityGroup.NotStated,
        OfficerDefinedEthnicity.WhiteNorthEuropean or OfficerDefinedEthnicity.WhiteSouthEuropean => EthnicityGroup.White,
        OfficerDefinedEthnicity.Black => EthnicityGroup.Black,
        OfficerDefinedEthnicity.Asian or OfficerDefinedEthnicity.ChineseJapaneseOrSouthEastAsian => EthnicityGroup.Asian,
        OfficerDefinedEthnicity.ArabOrNorthAfrican => EthnicityGroup.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, "Undefined officer-defined ethnicity."),
    };
}
