namespace PolicingModel;

/// <summary>What an operation set out to tackle, as its force described it.</summary>
/// <remarks>Zero is not a focus: it is the "unset" value and records reject it.</remarks>
public enum OperationFocus
{
    /// <summary>County lines drug supply networks.</summary>
    [WireCode("county-lines")]
    CountyLines = 1,

    /// <summary>Drug supply generally.</summary>
    [WireCode("drug-supply")]
    DrugSupply,

    /// <summary>Violent crime.</summary>
    [WireCode("violence")]
    Violence,

    /// <summary>Weapons, including knives.</summary>
    [WireCode("weapons")]
    Weapons,

    /// <summary>Exploitation of children or vulnerable adults, including modern slavery.</summary>
    [WireCode("exploitation")]
    Exploitation,

    /// <summary>"High harm" offenders: people linked to violence.</summary>
    [WireCode("high-harm-offenders")]
    HighHarmOffenders,

    /// <summary>Wanted people.</summary>
    [WireCode("wanted-people")]
    WantedPeople,

    /// <summary>Keeping a public event safe.</summary>
    [WireCode("public-event-safety")]
    PublicEventSafety,

    /// <summary>Proceeds of crime and money laundering.</summary>
    [WireCode("proceeds-of-crime")]
    ProceedsOfCrime,
}
