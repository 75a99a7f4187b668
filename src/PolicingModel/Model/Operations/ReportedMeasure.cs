namespace PolicingModel;

/// <summary>What a <see cref="ReportedTotal"/> counts.</summary>
/// <remarks>Zero is not a measure: it is the "unset" value and records reject it.</remarks>
public enum ReportedMeasure
{
    /// <summary>People arrested.</summary>
    [WireCode("arrests")]
    Arrests = 1,

    /// <summary>Warrants executed (raids).</summary>
    [WireCode("warrants-executed")]
    WarrantsExecuted,

    /// <summary>People charged.</summary>
    [WireCode("charged")]
    Charged,

    /// <summary>People released under investigation.</summary>
    [WireCode("released-under-investigation")]
    ReleasedUnderInvestigation,

    /// <summary>People released on bail with conditions.</summary>
    [WireCode("bailed-with-conditions")]
    BailedWithConditions,

    /// <summary>People cautioned.</summary>
    [WireCode("cautioned")]
    Cautioned,

    /// <summary>People released with no further action.</summary>
    [WireCode("no-further-action")]
    NoFurtherAction,

    /// <summary>People safeguarded (suspected victims of exploitation).</summary>
    [WireCode("people-safeguarded")]
    PeopleSafeguarded,

    /// <summary>Those arrested who remain in custody ("remains in custody", "remanded").</summary>
    [WireCode("remains-in-custody")]
    RemainsInCustody,

    /// <summary>Those arrested who were released on bail, with or without conditions (see <see cref="BailedWithConditions"/> for the conditional part).</summary>
    [WireCode("bailed")]
    Bailed,

    /// <summary>Those arrested who were dealt with by a community resolution.</summary>
    [WireCode("community-resolution")]
    CommunityResolution,

    /// <summary>Those arrested who were recalled to prison.</summary>
    [WireCode("recalled-to-prison")]
    RecalledToPrison,

    /// <summary>Those arrested on a warrant and put before the court.</summary>
    [WireCode("put-before-court")]
    PutBeforeCourt,

    /// <summary>Those arrested whose outcome the source does not give.</summary>
    [WireCode("outcome-not-reported")]
    OutcomeNotReported,

    /// <summary>People identified as vulnerable or exploited and offered support ("nine vulnerable people identified for support").</summary>
    [WireCode("vulnerable-people-identified")]
    VulnerablePeopleIdentified,
}
