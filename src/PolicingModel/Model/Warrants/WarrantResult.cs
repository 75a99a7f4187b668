namespace PolicingModel;

/// <summary>What the execution of a warrant found.</summary>
public enum WarrantResult
{
    /// <summary>The source does not say.</summary>
    [WireCode("not-reported")]
    NotReported = 0,

    /// <summary>Articles sought (or other evidence) were found, or the person sought was arrested.</summary>
    [WireCode("successful")]
    Successful = 1,

    /// <summary>Entry was made but nothing sought was found.</summary>
    [WireCode("nothing-found")]
    NothingFound = 2,

    /// <summary>Entry could not be gained.</summary>
    [WireCode("no-entry")]
    NoEntry = 3,
}
