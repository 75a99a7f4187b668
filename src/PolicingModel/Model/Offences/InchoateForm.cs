namespace PolicingModel;

/// <summary>Whether an offence is suspected as committed, or in an inchoate form.</summary>
public enum InchoateForm
{
    /// <summary>The substantive offence itself.</summary>
    [WireCode("none")]
    None = 0,

    /// <summary>Conspiracy to commit it (Criminal Law Act 1977 s.1; the maximum follows the substantive offence).</summary>
    [WireCode("conspiracy")]
    Conspiracy = 1,

    /// <summary>An attempt to commit it (Criminal Attempts Act 1981 s.1).</summary>
    [WireCode("attempt")]
    Attempt = 2,

    /// <summary>Encouraging or assisting it (Serious Crime Act 2007 ss.44–46).</summary>
    [WireCode("encouraging-or-assisting")]
    EncouragingOrAssisting = 3,
}
