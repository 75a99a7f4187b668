namespace PolicingModel;

/// <summary>Still in police custody ("they all remain in police custody while the investigation continues").</summary>
public sealed record RemainsInCustody : ArrestOutcome;
