using System.Text;
using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Every new precision, outcome and reported measure of issue 13 written by <see cref="PolicingJson"/> and read back
/// equal, one case each so that a failure names the fact that did not survive.
/// </summary>
public sealed class ReportedFactsRoundTripTest
{
    private static readonly LocalDate Day = new(2025, 3, 3);

    private static Operation.Builder Base() => new(new OperationId("op"), "Round trip", PoliceForce.Kent, Operation.Day(Day));

    private static readonly Dictionary<string, Func<Operation>> Cases = new(StringComparer.Ordinal)
    {
        ["count up to"] = () => Base().Report(ReportedMeasure.Arrests, ReportedCount.UpTo(60)).ToOperation(),
        ["count fewer than"] = () => Base().Report(ReportedMeasure.Arrests, ReportedCount.FewerThan(20)).ToOperation(),
        ["count range"] = () => Base().Report(ReportedMeasure.Arrests, ReportedCount.Between(10, 15)).ToOperation(),
        ["count unquantified"] = () => Base().Report(ReportedMeasure.Arrests, ReportedCount.Unquantified("a number of")).ToOperation(),
        ["count with wording"] = () => Base().Report(ReportedMeasure.Arrests, new ReportedCount(1_000, Precision.Approximate, wording: "almost")).ToOperation(),
        ["count estimated"] = () => Base().Report(ReportedMeasure.Arrests, new ReportedCount(40, Precision.Estimated)).ToOperation(),
        ["money range"] = () => Base().Seize(new CashSeized(Money.Between(20_000m, 25_000m, Currency.Gbp))).ToOperation(),
        ["money unquantified"] = () => Base().Seize(new CashSeized(Money.Unquantified(Currency.Gbp, "several thousand pounds"))).ToOperation(),
        ["money up to"] = () => Base().Seize(CashSeized.Pounds(25_000m, Precision.UpTo)).ToOperation(),
        ["quantity range"] = () => Base().Seize(new DrugsSeized(Substances.Cocaine, quantity: Quantity.Between(1m, 2m, QuantityUnit.Kilograms))).ToOperation(),
        ["quantity unquantified"] = () => Base().Seize(new DrugsSeized(Substances.Cannabis, quantity: Quantity.Unquantified(QuantityUnit.Grams, "a significant amount"))).ToOperation(),
        ["quantity bags"] = () => Base().Seize(DrugsSeized.Of(Substances.Methamphetamine, 5m, QuantityUnit.Bags)).ToOperation(),
        ["outcome put before court"] = () => WithOutcome(new PutBeforeCourt()),
        ["outcome not reported"] = () => WithOutcome(new OutcomeNotReported()),
        ["offence group total"] = () => Base().Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(19), offenceGroups: [OffenceGroup.Drugs], predominantGroup: OffenceGroup.Drugs)).ToOperation(),
        ["prospective bail"] = () => Base().Report(new ReportedTotal(ReportedMeasure.BailedWithConditions, null, isProspective: true)).ToOperation(),
        ["joint lead forces"] = () => WithJointLead(),
        ["unit without article"] = () => WithUnit(),
        ["safeguarding people"] = () => WithSafeguardingPeople(),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    public static TheoryData<ReportedMeasure> NewMeasures() =>
    [
        ReportedMeasure.RemainsInCustody, ReportedMeasure.Bailed, ReportedMeasure.CommunityResolution, ReportedMeasure.RecalledToPrison,
        ReportedMeasure.PutBeforeCourt, ReportedMeasure.OutcomeNotReported, ReportedMeasure.VulnerablePeopleIdentified,
    ];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void New_facts_round_trip(string name)
    {
        AssertRoundTrips(Cases[name]());
    }

    [Theory]
    [MemberData(nameof(NewMeasures))]
    public void New_measures_round_trip(ReportedMeasure measure)
    {
        AssertRoundTrips(Base().Report(measure, ReportedCount.Exactly(2)).ToOperation());
    }

    private static void AssertRoundTrips(Operation operation)
    {
        byte[] json = PolicingJson.Write(operation);
        PolicingJson.Read<Operation>(json).Should().Be(operation, Encoding.UTF8.GetString(json));
    }

    private static Operation WithOutcome(ArrestOutcome outcome)
    {
        Operation.Builder builder = Base();
        builder.Arrests.Add(new Arrest(
            new ArrestId("a1"), Instant.FromUtc(2025, 3, 3, 10, 0), new ArrestedPerson(Age.Adult, Sex.Male),
            [new SuspectedOffence(Offences.WantedOnWarrant)], PoliceForce.Kent, outcome));
        return builder.ToOperation();
    }

    private static Operation WithJointLead()
    {
        Operation.Builder builder = Base();
        builder.JointLeadForces.Add(PoliceForce.Essex);
        return builder.ToOperation();
    }

    private static Operation WithUnit()
    {
        Operation.Builder builder = Base();
        builder.LeadUnit = new PolicingUnit(PoliceForce.Kent, "Operation Nightjar", takesArticle: false);
        return builder.ToOperation();
    }

    private static Operation WithSafeguardingPeople()
    {
        Operation.Builder builder = Base();
        builder.Safeguarding.Add(new SafeguardingAction(new SafeguardingActionId("g1"), SafeguardingKind.WelfareVisit, people: ReportedCount.Exactly(15)));
        return builder.ToOperation();
    }
}
