namespace PolicingModel;

/// <summary>
/// The offence groups used in the Home Office "Police powers and procedures" arrest statistics from 2015/16 onwards
/// (the current scheme).
/// </summary>
/// <remarks>
/// <para>Zero is not a group: it is the "unset" value and records reject it.</para>
/// <para>
/// <b>Dated schemes.</b> This enum is the scheme in use from 2015/16, whose labels follow the police recorded crime
/// groups (the arrests open data prefix them "2015/16 onwards - "; three labels, violence against the person, drug
/// offences and possession of weapons offences, are seen there, the others are <b>unverified</b> as arrests labels).
/// Up to 2014/15 the arrests collection used nine groups: violence against the person, sexual offences, robbery,
/// burglary, theft and handling stolen goods, fraud and forgery, criminal damage, drug offences, other offences (Home
/// Office counting rules of April 2003; 2012/13 arrests release). Those labels are not values of this enum: a group
/// code keeps one meaning across years, and a crosswalk between the two schemes is left to a later, separately dated
/// type. The crosswalk is not one-to-one (handling stolen goods, in the old theft group, sits under miscellaneous
/// crimes against society in the current recorded-crime hierarchy), and the per-offence old groups in the research
/// notes are inferred, not read from an arrests table. See docs/reference-data.md.
/// </para>
/// </remarks>
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
