namespace PolicingModel;

/// <summary>An agency the police worked with on a safeguarding action.</summary>
/// <remarks>Zero is not an agency: it is the "unset" value and records reject it.</remarks>
public enum PartnerAgency
{
    /// <summary>A local authority (including children's social care).</summary>
    LocalAuthority = 1,

    /// <summary>The Home Office (including the Single Competent Authority for NRM decisions).</summary>
    HomeOffice,

    /// <summary>The National Crime Agency.</summary>
    NationalCrimeAgency,

    /// <summary>The Gangmasters and Labour Abuse Authority.</summary>
    GangmastersAndLabourAbuseAuthority,

    /// <summary>A health service.</summary>
    Health,

    /// <summary>A school or education service.</summary>
    Education,

    /// <summary>A charity or voluntary-sector organisation.</summary>
    Charity,

    /// <summary>Partners the source does not name ("along with partners").</summary>
    Unspecified,
}
