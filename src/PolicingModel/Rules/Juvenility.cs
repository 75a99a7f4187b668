namespace PolicingModel.Rules;

/// <summary>Whether an age, which may be a range, is that of a juvenile under PACE (under 18).</summary>
public enum Juvenility
{
    /// <summary>The range straddles 18, or the age is unknown: neither can be ruled out.</summary>
    Uncertain = 0,

    /// <summary>Every age in the range is under 18.</summary>
    Juvenile = 1,

    /// <summary>Every age in the range is 18 or over.</summary>
    Adult = 2,
}
