using PolicingModel.Reference;

namespace PolicingModel.Samples;

/// <summary>
/// The Met's drug raids in Catford and in Kensington and Chelsea on the morning of Tuesday 22 August 2023, ahead of
/// Notting Hill Carnival: 55 people arrested, mostly for possession with intent to supply; some given bail conditions
/// banning them from the carnival.
/// </summary>
/// <remarks>
/// The sources itemise nobody, so everything is a reported total: no individual is invented. "A series of raids" gives
/// no number of warrants, so that total has no count. "The morning" is recorded as midnight to noon.
/// </remarks>
public static class CarnivalRaidsOperation
{
    /// <summary>Notting Hill Carnival 2023: Sunday 27 and Monday 28 August, around Notting Hill in Kensington and Chelsea.</summary>
    public static PublicEvent NottingHillCarnival2023 { get; } = NottingHillCarnival.For(2023);

    /// <summary>The operation.</summary>
    public static Operation Operation { get; } = Build();

    private static Operation Build()
    {
        LocalDate raidDay = new(2023, 8, 22);
        SuspectedOffence intentToSupply = new(Offences.PossessionWithIntentToSupply);
        Place catford = Place.InLondon("Catford", LondonBorough.Lewisham);
        Place kensingtonAndChelsea = Place.InBorough(LondonBorough.KensingtonAndChelsea);

        return new Operation(
            new OperationId("met-pre-carnival-raids-2023-08-22"),
            "Pre-carnival drug raids, 22 August 2023",
            PoliceForce.Metropolitan,
            new Interval(EnglandAndWales.InstantOf(raidDay.AtMidnight()), EnglandAndWales.InstantOf(raidDay.At(LocalTime.Noon))),
            purpose: "Arrest people whom intelligence linked to planned crime at Notting Hill Carnival, before the event.",
            focus: [OperationFocus.DrugSupply, OperationFocus.PublicEventSafety],
            linkedEvent: NottingHillCarnival2023,
            reportedTotals:
            [
                new ReportedTotal(
                    ReportedMeasure.Arrests, ReportedCount.Exactly(55),
                    predominantOffence: intentToSupply,
                    areas: [catford, kensingtonAndChelsea],
                    source: Sources.CarnivalRaidsNewsReport),
                new ReportedTotal(
                    ReportedMeasure.WarrantsExecuted, count: null,
                    areas: [catford, kensingtonAndChelsea],
                    source: Sources.CarnivalRaidsNewsReport),
                new ReportedTotal(
                    ReportedMeasure.BailedWithConditions, count: null,
                    conditions: [new NotToAttendEvent(NottingHillCarnival2023)],
                    source: Sources.CarnivalRaidsNewsReport),
            ],
            sources: [Sources.CarnivalRaidsNewsReport]);
    }
}
