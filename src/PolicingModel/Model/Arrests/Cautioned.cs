namespace PolicingModel;

/// <summary>Given a caution.</summary>
public sealed record Cautioned : ArrestOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="conditional">True for a conditional caution, false for a simple caution.</param>
    public Cautioned(bool conditional = false) => Conditional = conditional;

    /// <summary>True for a conditional caution.</summary>
    public bool Conditional { get; }
}
