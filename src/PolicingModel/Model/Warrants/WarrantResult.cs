namespace PolicingModel;

/// <summary>What the execution of a warrant found.</summary>
public enum WarrantResult
{
    /// <summary>The source does not say.</summary>
    NotReported = 0,

    /// <summary>Articles sought (or other evidence) were found, or the person sought was arrested.</summary>
    Successful = 1,

    /// <summary>Entry was made but nothing sought was found.</summary>
    NothingFound = 2,

    /// <summary>Entry could not be gained.</summary>
    NoEntry = 3,
}
