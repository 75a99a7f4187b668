using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Reference;
using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Reporting;

public sealed partial class OperationSummaryTest
{
    private static readonly Instant RaidTime = EnglandAndWales.InstantOf(new LocalDateTime(2023, 8, 22, 6, 0));
    private static readonly PublicEvent Carnival = CarnivalRaidsOperation.NottingHillCarnival2023;

    private static Arrest ArrestWith(string id, ArrestOutcome outcome) => new(
        new ArrestId(id), RaidTime, new ArrestedPerson(Age.Juvenile, Sex.Female),
        [new SuspectedOffence(Offences.Possession, drugClass: DrugClass.B)], PoliceForce.Metropolitan, outcome);

    [Fact]
    public void Itemised_bail_counts_people_bailed_with_conditions_and_the_events_they_ban()
    {
        Bail Bail(params BailCondition[] conditions) => new(BailKind.PreCharge, new LocalDate(2023, 8, 22), new LocalDate(2023, 11, 22), [.. conditions]);
        var operation = new Operation(
            new OperationId("op"), "Bail", PoliceForce.Metropolitan, new Interval(RaidTime, null),
            arrests:
            [
                ArrestWith("a1", new Bailed(Bail(new NotToAttendEvent(Carnival)))),
                ArrestWith("a2", new Bailed(Bail(new NotToAttendEvent(Carnival), new Residence()))),
                ArrestWith("a3", new Bailed(Bail())),
                ArrestWith("a4", new ReleasedUnderInvestigation()),
            ]);

        OperationSummary summary = OperationSummary.Of(operation);

        summary.BailedWithConditions.Should().Be(ReportedCount.Exactly(2));
        summary.EventsBanned.Should().Equal(Carnival);
        summary.ArrestsByOutcome.Should().Equal(
            new Tally<ArrestOutcomeKind>(ArrestOutcomeKind.Bailed, ReportedCount.Exactly(3)),
            new Tally<ArrestOutcomeKind>(ArrestOutcomeKind.ReleasedUnderInvestigation, ReportedCount.Exactly(1)));

        string[] lines = PressReleaseRenderer.Render(operation).Split('\n');
        lines.Should().Contain("– two of those arrested were bailed with conditions not to attend Notting Hill Carnival.");
        lines.Should().Contain("– A female juvenile was arrested on suspicion of possession of Class B drugs;");
        lines.Should().Contain("Of those arrested, three were released on bail and one was released under investigation.");
    }

    [Fact]
    public void People_safeguarded_prefers_the_larger_of_itemised_and_reported()
    {
        var operation = new Operation(
            new OperationId("op"), "Safeguarding", PoliceForce.Kent, new Interval(RaidTime, null),
            safeguarding:
            [
                new SafeguardingAction(new SafeguardingActionId("g1"), SafeguardingKind.LocalAuthorityReferral, people: ReportedCount.Exactly(2), subjectAge: Age.Exactly(15)),
                new SafeguardingAction(new SafeguardingActionId("g2"), SafeguardingKind.WelfareVisit, people: ReportedCount.Exactly(1)),
            ],
            reportedTotals: [new ReportedTotal(ReportedMeasure.PeopleSafeguarded, new ReportedCount(10, Precision.MoreThan))]);

        OperationSummary summary = OperationSummary.Of(operation);

        summary.PeopleSafeguarded.Should().Be(new ReportedCount(10, Precision.MoreThan));
        summary.SafeguardingByKind.Should().Equal(
            new Tally<SafeguardingKind>(SafeguardingKind.LocalAuthorityReferral, ReportedCount.Exactly(1)),
            new Tally<SafeguardingKind>(SafeguardingKind.WelfareVisit, ReportedCount.Exactly(1)));
        PressReleaseRenderer.Render(operation).Should()
            .Contain("A referral to the local authority was made for two people and a welfare visit was carried out for one person.")
            .And.Contain("More than ten people were safeguarded.");
    }

    [Fact]
    public void Phones_vehicles_and_other_property_are_totalled()
    {
        var operation = new Operation(
            new OperationId("op"), "Property", PoliceForce.Kent, new Interval(RaidTime, null),
            seizures:
            [
                new Seizure(new SeizureId("s1"), new PhonesSeized(ReportedCount.Exactly(2))),
                new Seizure(new SeizureId("s2"), new PhonesSeized(new ReportedCount(5, Precision.Approximate), ReportedCount.Exactly(3))),
                new Seizure(new SeizureId("s3"), new VehicleSeized(VehicleKind.Car, ReportedCount.Exactly(2))),
                new Seizure(new SeizureId("s4"), new VehicleSeized(VehicleKind.EScooter)),
                new Seizure(new SeizureId("s5"), new OtherPropertySeized("digital scales")),
            ]);

        OperationSummary summary = OperationSummary.Of(operation);

        summary.Phones.Should().Be(new ReportedCount(7, Precision.Approximate));
        summary.SimCards.Should().Be(ReportedCount.Exactly(3));
        summary.VehiclesByKind.Should().Equal(
            new Tally<VehicleKind>(VehicleKind.Car, ReportedCount.Exactly(2)),
            new Tally<VehicleKind>(VehicleKind.EScooter, ReportedCount.Exactly(1)));
        summary.OtherPropertySeizures.Should().Be(1);

        PressReleaseRenderer.Render(operation).Split('\n').Should().ContainInOrder(
            "The operation resulted in:",
            "– Around seven mobile phones and three SIM cards seized;",
            "– two cars and an e-scooter seized;",
            "– other property seized, including digital scales.");
    }

    [Fact]
    public void An_operation_with_nothing_to_report_renders_only_its_name()
    {
        var operation = new Operation(new OperationId("op"), "Quiet night", PoliceForce.Kent, new Interval(RaidTime, null));

        PressReleaseRenderer.Render(operation).Should().Be("Quiet night\n");
        OperationSummary.Of(operation).Arrests.Should().Be(ReportedCount.Exactly(0));
    }
}
