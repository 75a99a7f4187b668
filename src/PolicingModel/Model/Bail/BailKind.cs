namespace PolicingModel;

/// <summary>Which kind of bail a person is on.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum BailKind
{
    /// <summary>Pre-charge police bail (PACE s.37, s.47ZA–47ZM): time-limited, may carry conditions.</summary>
    [WireCode("pre-charge")]
    PreCharge = 1,

    /// <summary>Police bail after charge, to appear at court.</summary>
    [WireCode("post-charge-police")]
    PostChargePolice = 2,

    /// <summary>Bail granted by a court.</summary>
    [WireCode("court")]
    Court = 3,
}
