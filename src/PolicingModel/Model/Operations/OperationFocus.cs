namespace PolicingModel;

/// <summary>What an operation set out to tackle, as its force described it.</summary>
/// <remarks>Zero is not a focus: it is the "unset" value and records reject it.</remarks>
public enum OperationFocus
{
    /// <summary>County lines drug supply networks.</summary>
    CountyLines = 1,

    /// <summary>Drug supply generally.</summary>
    DrugSupply,

    /// <summary>Violent crime.</summary>
    Violence,

    /// <summary>Weapons, including knives.</summary>
    Weapons,

    /// <summary>Exploitation of children or vulnerable adults, including modern slavery.</summary>
    Exploitation,

    /// <summary>"High harm" offenders: people linked to violence.</summary>
    HighHarmOffenders,

    /// <summary>Wanted people.</summary>
    WantedPeople,

    /// <summary>Keeping a public event safe.</summary>
    PublicEventSafety,

    /// <summary>Proceeds of crime and money laundering.</summary>
    ProceedsOfCrime,
}
