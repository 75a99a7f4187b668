namespace PolicingModel;

/// <summary>No further action: released with no charge, caution or bail.</summary>
public sealed record NoFurtherAction : ArrestOutcome;
