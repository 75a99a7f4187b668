namespace PolicingModel;

/// <summary>Dealt with by a community resolution.</summary>
public sealed record CommunityResolution : ArrestOutcome;
