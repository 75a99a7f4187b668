namespace PolicingModel;

/// <summary>An agency the police worked with on a safeguarding action.</summary>
/// <remarks>Zero is not an agency: it is the "unset" value and records reject it.</remarks>
public enum PartnerAgency
{
    /// <summary>A local authority (including children's social care).</summary>
    [WireCode("local-authority")]
    LocalAuthority = 1,

    /// <summary>The Home Office (including the Single Competent Authority for NRM decisions).</summary>
    [WireCode("home-office")]
    HomeOffice,

    /// <summary>The National Crime Agency.</summary>
    [WireCode("national-crime-agency")]
    NationalCrimeAgency,

    /// <summary>The Gangmasters and Labour Abuse Authority.</summary>
    [WireCode("gangmasters-and-labour-abuse-authority")]
    GangmastersAndLabourAbuseAuthority,

    /// <summary>A health service.</summary>
    [WireCode("health")]
    Health,

    /// <summary>A school or education service.</summary>
    [WireCode("education")]
    Education,

    /// <summary>A charity or voluntary-sector organisation.</summary>
    [WireCode("charity")]
    Charity,

    /// <summary>Partners the source does not name ("along with partners").</summary>
    [WireCode("unspecified")]
    Unspecified,
}
