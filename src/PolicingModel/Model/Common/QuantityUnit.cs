namespace PolicingModel;

/// <summary>
/// The unit of a <see cref="Quantity"/>. Units of the same dimension convert exactly (1 kg = 1000 g; 1 l = 1000 ml);
/// counted units (wraps, plants, tablets, items) never convert into each other or into mass.
/// </summary>
public enum QuantityUnit
{
    /// <summary>Not set; never valid in a quantity.</summary>
    [WireCode("none")]
    None = 0,

    /// <summary>Grams (mass).</summary>
    [WireCode("grams")]
    Grams = 1,

    /// <summary>Kilograms (mass).</summary>
    [WireCode("kilograms")]
    Kilograms = 2,

    /// <summary>Millilitres (volume).</summary>
    [WireCode("millilitres")]
    Millilitres = 3,

    /// <summary>Litres (volume).</summary>
    [WireCode("litres")]
    Litres = 4,

    /// <summary>Street-level wraps or deals (a count).</summary>
    [WireCode("wraps")]
    Wraps = 5,

    /// <summary>Plants, as in a cannabis grow (a count; NIBRS "NP").</summary>
    [WireCode("plants")]
    Plants = 6,

    /// <summary>Tablets or pills (a count; NIBRS "DU", dosage units).</summary>
    [WireCode("tablets")]
    Tablets = 7,

    /// <summary>Any other counted item: canisters, blotters, bags, packages.</summary>
    [WireCode("items")]
    Items = 8,

    /// <summary>Bags or deal bags counted, as press releases report them ("20 bags of cannabis").</summary>
    [WireCode("bags")]
    Bags = 9,
}
