namespace PolicingModel.Queries;

/// <summary>
/// Questions about bail and the events it bans people from: who is banned from an event at a given moment (the CCTV
/// control-room question), which bans lapse before the event, which conditions are in force for a person, and whose
/// bail is about to run out. Dates are England and Wales dates (<see cref="EnglandAndWales.DateAt"/>).
/// </summary>
public static partial class BailQueries
{
}
