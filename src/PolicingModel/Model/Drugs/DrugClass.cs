namespace PolicingModel;

/// <summary>The class of a controlled drug under the Misuse of Drugs Act 1971, Schedule 2.</summary>
/// <remarks>Zero is not a class: it is the "unset" value and records reject it.</remarks>
public enum DrugClass
{
    /// <summary>Class A (for example cocaine, heroin, MDMA).</summary>
    [WireCode("A")]
    A = 1,

    /// <summary>Class B (for example cannabis, ketamine, amphetamine).</summary>
    [WireCode("B")]
    B = 2,

    /// <summary>Class C (for example diazepam, anabolic steroids, nitrous oxide).</summary>
    [WireCode("C")]
    C = 3,
}
