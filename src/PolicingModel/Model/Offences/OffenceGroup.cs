namespace PolicingModel;

/// <summary>
/// The offence groups used in the Home Office "Police powers and procedures" arrest statistics.
/// </summary>
/// <remarks>Zero is not a group: it is the "unset" value and records reject it.</remarks>
public enum OffenceGroup
{
    /// <summary>Violence against the person (including modern slavery).</summary>
    [WireCode("violence-against-the-person")]
    ViolenceAgainstThePerson = 1,

    /// <summary>Sexual offences.</summary>
    [WireCode("sexual-offences")]
    SexualOffences,

    /// <summary>Robbery.</summary>
    [WireCode("robbery")]
    Robbery,

    /// <summary>Theft offences (including burglary and vehicle offences).</summary>
    [WireCode("theft")]
    Theft,

    /// <summary>Criminal damage and arson.</summary>
    [WireCode("criminal-damage-and-arson")]
    CriminalDamageAndArson,

    /// <summary>Drug offences.</summary>
    [WireCode("drugs")]
    Drugs,

    /// <summary>Possession of weapons offences.</summary>
    [WireCode("possession-of-weapons")]
    PossessionOfWeapons,

    /// <summary>Public order offences.</summary>
    [WireCode("public-order")]
    PublicOrder,

    /// <summary>Miscellaneous crimes against society (including money laundering).</summary>
    [WireCode("miscellaneous-crimes-against-society")]
    MiscellaneousCrimesAgainstSociety,

    /// <summary>Fraud offences.</summary>
    [WireCode("fraud")]
    Fraud,

    /// <summary>Other offences, or offence group not recorded.</summary>
    [WireCode("other")]
    Other,
}
