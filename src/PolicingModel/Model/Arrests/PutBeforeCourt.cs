namespace PolicingModel;

/// <summary>Arrested on a warrant and put before the court (the court, not the police, decides what follows).</summary>
public sealed record PutBeforeCourt : ArrestOutcome;
