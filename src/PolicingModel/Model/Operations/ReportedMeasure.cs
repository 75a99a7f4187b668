namespace PolicingModel;

/// <summary>What a <see cref="ReportedTotal"/> counts.</summary>
/// <remarks>Zero is not a measure: it is the "unset" value and records reject it.</remarks>
public enum ReportedMeasure
{
    /// <summary>People arrested.</summary>
    Arrests = 1,

    /// <summary>Warrants executed (raids).</summary>
    WarrantsExecuted,

    /// <summary>People charged.</summary>
    Charged,

    /// <summary>People released under investigation.</summary>
    ReleasedUnderInvestigation,

    /// <summary>People released on bail with conditions.</summary>
    BailedWithConditions,

    /// <summary>People cautioned.</summary>
    Cautioned,

    /// <summary>People released with no further action.</summary>
    NoFurtherAction,

    /// <summary>People safeguarded (suspected victims of exploitation).</summary>
    PeopleSafeguarded,
}
