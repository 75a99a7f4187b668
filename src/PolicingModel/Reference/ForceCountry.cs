namespace PolicingModel.Reference;

/// <summary>The country a police force serves.</summary>
/// <remarks>Zero is not a country: it is the "unset" value.</remarks>
public enum ForceCountry
{
    /// <summary>England (39 territorial forces).</summary>
    [WireCode("england")]
    England = 1,

    /// <summary>Wales (4 territorial forces).</summary>
    [WireCode("wales")]
    Wales = 2,

    /// <summary>
    /// Both England and Wales: the special forces, whose remit is not one force area. Their jurisdiction can reach
    /// beyond England and Wales (for example British Transport Police in Scotland); the library does not model that.
    /// </summary>
    [WireCode("england-and-wales")]
    EnglandAndWales = 3,
}
