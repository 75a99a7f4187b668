namespace PolicingModel.Reporting;

/// <summary>How many of one kind: arrests in an offence group, knives seized, referrals made.</summary>
/// <remarks>Value equality over both members. A count with a lower-bound precision of one is a total the source gave without a number ("some").</remarks>
/// <typeparam name="TKey">What is counted (an offence group, a weapon kind, ...).</typeparam>
/// <param name="Key">What is counted.</param>
/// <param name="Count">How many, with the precision the sources gave.</param>
public readonly record struct Tally<TKey>(TKey Key, ReportedCount Count);
