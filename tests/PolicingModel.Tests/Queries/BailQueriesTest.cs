using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

/// <summary>Synthetic arrests after pre-carnival raids on 22 August 2023, each with a different bail story.</summary>
public sealed partial class BailQueriesTest
{
    private static readonly PublicEvent Carnival = CarnivalRaidsOperation.NottingHillCarnival2023;
    private static readonly LocalDate RaidDay = new(2023, 8, 22);
    private static readonly LocalDate ReturnDate = new(2023, 11, 22);

    /// <summary>14:00 on the carnival's Sunday, London time.</summary>
    private static readonly Instant DuringCarnival = EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 27, 14, 0));

    /// <summary>The Saturday before the carnival.</summary>
    private static readonly Instant DayBefore = EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 26, 14, 0));

    /// <summary>After every bail here has ended.</summary>
    private static readonly Instant LongAfter = EnglandAndWales.InstantOf(new LocalDateTime(2023, 12, 1, 14, 0));

    private static readonly Arrest Banned = Bailed("banned", ReturnDate, new NotToAttendEvent(Carnival));

    private static readonly Arrest BailEnded = Bailed("bail-ended", new LocalDate(2023, 8, 25), new NotToAttendEvent(Carnival));

    private static readonly Arrest ConditionEnded = Bailed(
        "condition-ended", ReturnDate, new NotToAttendEvent(Carnival, new DateInterval(RaidDay, new LocalDate(2023, 8, 26))));

    private static readonly Arrest UnderInvestigation = ArrestWith("rui", new ReleasedUnderInvestigation());

    private static readonly Arrest Excluded = Bailed("excluded", ReturnDate, new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)), new ExclusionZone(Place.InBorough(LondonBorough.KensingtonAndChelsea)));

    private static readonly Arrest ExcludedElsewhere = Bailed("excluded-elsewhere", ReturnDate, new ExclusionZone(Place.InLondon("Catford", LondonBorough.Lewisham)));

    private static readonly Arrest ChargedWithCourtBail = ArrestWith(
        "charged", new Charged(bail: new Bail(BailKind.Court, RaidDay, new LocalDate(2023, 9, 19), [new NotToAttendEvent(Carnival), new Residence()])));

    private static readonly Arrest[] All = [Banned, BailEnded, ConditionEnded, UnderInvestigation, Excluded, ExcludedElsewhere, ChargedWithCourtBail];

    private static Arrest Bailed(string id, LocalDate answerOn, params BailCondition[] conditions) =>
        ArrestWith(id, new Bailed(new Bail(BailKind.PreCharge, RaidDay, answerOn, [.. conditions])));

    private static Arrest ArrestWith(string id, ArrestOutcome outcome) => new(
        new ArrestId(id), EnglandAndWales.InstantOf(RaidDay.At(new LocalTime(6, 0))),
        new ArrestedPerson(Age.Exactly(20), Sex.Male, Place.InLondon("Catford", LondonBorough.Lewisham)),
        [new SuspectedOffence(Offences.PossessionWithIntentToSupply, drugClass: DrugClass.B)],
        PoliceForce.Metropolitan, outcome);

    private static string[] Ids(IEnumerable<Arrest> arrests) => [.. arrests.Select(a => a.Id.Value)];
}
