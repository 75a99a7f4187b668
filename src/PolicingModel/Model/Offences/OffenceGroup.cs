namespace PolicingModel;

/// <summary>
/// The offence groups used in the Home Office "Police powers and procedures" arrest statistics.
/// </summary>
/// <remarks>Zero is not a group: it is the "unset" value and records reject it.</remarks>
public enum OffenceGroup
{
    /// <summary>Violence against the person (including modern slavery).</summary>
    ViolenceAgainstThePerson = 1,

    /// <summary>Sexual offences.</summary>
    SexualOffences,

    /// <summary>Robbery.</summary>
    Robbery,

    /// <summary>Theft offences (including burglary and vehicle offences).</summary>
    Theft,

    /// <summary>Criminal damage and arson.</summary>
    CriminalDamageAndArson,

    /// <summary>Drug offences.</summary>
    Drugs,

    /// <summary>Possession of weapons offences.</summary>
    PossessionOfWeapons,

    /// <summary>Public order offences.</summary>
    PublicOrder,

    /// <summary>Miscellaneous crimes against society (including money laundering).</summary>
    MiscellaneousCrimesAgainstSociety,

    /// <summary>Fraud offences.</summary>
    Fraud,

    /// <summary>Other offences, or offence group not recorded.</summary>
    Other,
}
