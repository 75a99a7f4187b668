namespace PolicingModel;

/// <summary>The kind of a warrant.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum WarrantKind
{
    /// <summary>A search warrant for specified premises (PACE s.15(2)(a)(i)).</summary>
    [WireCode("specific-premises-search")]
    SpecificPremisesSearch = 1,

    /// <summary>An all-premises search warrant for premises occupied or controlled by a named person (PACE s.15(2)(a)(ii)).</summary>
    [WireCode("all-premises-search")]
    AllPremisesSearch = 2,

    /// <summary>A warrant for a person's arrest.</summary>
    [WireCode("arrest")]
    Arrest = 3,
}
