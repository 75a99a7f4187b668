namespace PolicingModel;

/// <summary>
/// Self-defined ethnicity, the 18+1 classification of the 2011 census used by the Criminal Justice System data
/// standards. Never mix it with <see cref="OfficerDefinedEthnicity"/>, which is an officer's visual assessment.
/// Wire codes (W1, B2, NS ...) and the five-group rollup are in <c>PolicingModel.Reference.Ethnicities</c>.
/// </summary>
public enum SelfDefinedEthnicity
{
    /// <summary>NS: not stated (the person declined, or was not asked).</summary>
    NotStated = 0,

    /// <summary>W1: White – English, Welsh, Scottish, Northern Irish or British.</summary>
    WhiteBritish,

    /// <summary>W2: White – Irish.</summary>
    WhiteIrish,

    /// <summary>W3: White – Gypsy or Irish Traveller.</summary>
    WhiteGypsyOrIrishTraveller,

    /// <summary>W9: any other White background.</summary>
    WhiteOther,

    /// <summary>M1: Mixed – White and Black Caribbean.</summary>
    MixedWhiteAndBlackCaribbean,

    /// <summary>M2: Mixed – White and Black African.</summary>
    MixedWhiteAndBlackAfrican,

    /// <summary>M3: Mixed – White and Asian.</summary>
    MixedWhiteAndAsian,

    /// <summary>M9: any other Mixed or multiple ethnic background.</summary>
    MixedOther,

    /// <summary>A1: Asian or Asian British – Indian.</summary>
    AsianIndian,

    /// <summary>A2: Asian or Asian British – Pakistani.</summary>
    AsianPakistani,

    /// <summary>A3: Asian or Asian British – Bangladeshi.</summary>
    AsianBangladeshi,

    /// <summary>A4: Asian or Asian British – Chinese.</summary>
    AsianChinese,

    /// <summary>A9: any other Asian background.</summary>
    AsianOther,

    /// <summary>B1: Black or Black British – Caribbean.</summary>
    BlackCaribbean,

    /// <summary>B2: Black or Black British – African.</summary>
    BlackAfrican,

    /// <summary>B9: any other Black, Black British or Caribbean background.</summary>
    BlackOther,

    /// <summary>O2: Other ethnic group – Arab.</summary>
    Arab,

    /// <summary>O9: any other ethnic group.</summary>
    OtherEthnicGroup,
}
