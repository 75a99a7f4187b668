namespace PolicingModel;

/// <summary>Sex as recorded in arrest statistics (Home Office: male, female, not stated or unknown).</summary>
public enum Sex
{
    /// <summary>Not stated or not known.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}
