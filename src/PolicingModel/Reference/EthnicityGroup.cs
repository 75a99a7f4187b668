namespace PolicingModel.Reference;

/// <summary>The five ethnic groups used in published statistics, plus not stated or unknown.</summary>
public enum EthnicityGroup
{
    /// <summary>Not stated (self-defined NS) or unknown (officer-defined IC9).</summary>
    [WireCode("not-stated")]
    NotStated = 0,

    /// <summary>White.</summary>
    [WireCode("white")]
    White,

    /// <summary>Mixed or multiple ethnic groups (self-defined only: officers do not assess "mixed").</summary>
    [WireCode("mixed")]
    Mixed,

    /// <summary>Asian or Asian British.</summary>
    [WireCode("asian")]
    Asian,

    /// <summary>Black, Black British, Caribbean or African.</summary>
    [WireCode("black")]
    Black,

    /// <summary>Other ethnic group (including Arab).</summary>
    [WireCode("other")]
    Other,
}
