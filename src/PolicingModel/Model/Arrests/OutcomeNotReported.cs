namespace PolicingModel;

/// <summary>
/// The source does not say what happened to the person arrested. Recording it keeps an itemised arrest honest
/// instead of inventing an outcome; renderings say that the outcome was not given.
/// </summary>
public sealed record OutcomeNotReported : ArrestOutcome;
