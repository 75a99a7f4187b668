namespace PolicingModel;

/// <summary>Recalled to prison (the person was on licence).</summary>
public sealed record RecalledToPrison : ArrestOutcome;
