namespace PolicingModel;

/// <summary>
/// Self-defined ethnicity, the 18+1 classification of the 2011 census used by the Criminal Justice System data
/// standards. Never mix it with <see cref="OfficerDefinedEthnicity"/>, which is an officer's visual assessment.
/// Wire codes (W1, B2, NS ...) and the five-group rollup are in <c>PolicingModel.Reference.Ethnicities</c>.
/// </summary>
public enum SelfDefinedEthnicity
{
    /// <summary>NS: not stated (the person declined, or was not asked).</summary>
    [WireCode("NS")]
    NotStated = 0,

    /// <summary>W1: White – English, Welsh, Scottish, Northern Irish or British.</summary>
    [WireCode("W1")]
    WhiteBritish,

    /// <summary>W2: White – Irish.</summary>
    [WireCode("W2")]
    WhiteIrish,

    /// <summary>W3: White – Gypsy or Irish Traveller.</summary>
    [WireCode("W3")]
    WhiteGypsyOrIrishTraveller,

    /// <summary>W9: any other White background.</summary>
    [WireCode("W9")]
    WhiteOther,

    /// <summary>M1: Mixed – White and Black Caribbean.</summary>
    [WireCode("M1")]
    MixedWhiteAndBlackCaribbean,

    /// <summary>M2: Mixed – White and Black African.</summary>
    [WireCode("M2")]
    MixedWhiteAndBlackAfrican,

    /// <summary>M3: Mixed – White and Asian.</summary>
    [WireCode("M3")]
    MixedWhiteAndAsian,

    /// <summary>M9: any other Mixed or multiple ethnic background.</summary>
    [WireCode("M9")]
    MixedOther,

    /// <summary>A1: Asian or Asian British – Indian.</summary>
    [WireCode("A1")]
    AsianIndian,

    /// <summary>A2: Asian or Asian British – Pakistani.</summary>
    [WireCode("A2")]
    AsianPakistani,

    /// <summary>A3: Asian or Asian British – Bangladeshi.</summary>
    [WireCode("A3")]
    AsianBangladeshi,

    /// <summary>A4: Asian or Asian British – Chinese.</summary>
    [WireCode("A4")]
    AsianChinese,

    /// <summary>A9: any other Asian background.</summary>
    [WireCode("A9")]
    AsianOther,

    /// <summary>B1: Black or Black British – Caribbean.</summary>
    [WireCode("B1")]
    BlackCaribbean,

    /// <summary>B2: Black or Black British – African.</summary>
    [WireCode("B2")]
    BlackAfrican,

    /// <summary>B9: any other Black, Black British or Caribbean background.</summary>
    [WireCode("B9")]
    BlackOther,

    /// <summary>O2: Other ethnic group – Arab.</summary>
    [WireCode("O2")]
    Arab,

    /// <summary>O9: any other ethnic group.</summary>
    [WireCode("O9")]
    OtherEthnicGroup,
}
