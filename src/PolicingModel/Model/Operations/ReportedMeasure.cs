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
}
