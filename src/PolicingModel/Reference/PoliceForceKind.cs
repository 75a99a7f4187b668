namespace PolicingModel.Reference;

/// <summary>Whether a police force is one of the 43 territorial forces or a special (national, non-territorial) force.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value.</remarks>
public enum PoliceForceKind
{
    /// <summary>One of the 43 territorial forces of England and Wales, each with a force area.</summary>
    [WireCode("territorial")]
    Territorial = 1,

    /// <summary>A special force with a national remit: British Transport Police, Civil Nuclear Constabulary, Ministry of Defence Police.</summary>
    [WireCode("special")]
    Special = 2,
}
