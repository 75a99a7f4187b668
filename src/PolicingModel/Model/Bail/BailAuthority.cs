namespace PolicingModel;

/// <summary>Who authorised a pre-charge bail period or its extension.</summary>
/// <remarks>Zero is not an authority: it is the "unset" value and records reject it.</remarks>
public enum BailAuthority
{
    /// <summary>An inspector or above (PACE s.47ZD: to 6 months since 28 October 2022).</summary>
    [WireCode("inspector")]
    Inspector = 1,

    /// <summary>A superintendent or above (PACE s.47ZDA: to 9 months; before 28 October 2022, to 3 months).</summary>
    [WireCode("superintendent")]
    Superintendent = 2,

    /// <summary>A magistrates' court (PACE s.47ZF onwards).</summary>
    [WireCode("magistrates-court")]
    MagistratesCourt = 3,
}
