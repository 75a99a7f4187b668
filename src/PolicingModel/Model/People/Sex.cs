namespace PolicingModel;

/// <summary>Sex as recorded in arrest statistics (Home Office: male, female, not stated or unknown).</summary>
public enum Sex
{
    /// <summary>Not stated or not known.</summary>
    [WireCode("unknown")]
    Unknown = 0,

    /// <summary>Male.</summary>
    [WireCode("male")]
    Male = 1,

    /// <summary>Female.</summary>
    [WireCode("female")]
    Female = 2,
}
