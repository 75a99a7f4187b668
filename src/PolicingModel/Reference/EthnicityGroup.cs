namespace PolicingModel.Reference;

/// <summary>The five ethnic groups used in published statistics, plus not stated or unknown.</summary>
public enum EthnicityGroup
{
    /// <summary>Not stated (self-defined NS) or unknown (officer-defined IC9).</summary>
    NotStated = 0,

    /// <summary>White.</summary>
    White,

    /// <summary>Mixed or multiple ethnic groups (self-defined only: officers do not assess "mixed").</summary>
    Mixed,

    /// <summary>Asian or Asian British.</summary>
    Asian,

    /// <summary>Black, Black British, Caribbean or African.</summary>
    Black,

    /// <summary>Other ethnic group (including Arab).</summary>
    Other,
}
