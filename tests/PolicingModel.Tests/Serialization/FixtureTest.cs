using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Fixtures/document-v1.0.0.json was written by schema version 1.0.0 and must stay readable by every 1.x library,
/// forever: never edit it. If this test fails, the change broke compatibility and needs a new major schema version.
/// </summary>
public sealed class FixtureTest
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Serialization", "Fixtures", name));

    [Fact]
    public void Version_1_0_0_document_stays_readable()
    {
        PolicingDocument document = PolicingJson.ReadDocument(Fixture("document-v1.0.0.json"));

        document.SchemaVersion.Should().Be("1.0.0");
        Operation operation = document.Operations.Should().ContainSingle().Subject;
        operation.Id.Should().Be(new OperationId("op-2020-10-29-vctf"));
        operation.Period.Start.Should().Be(Instant.FromUtc(2020, 10, 29, 5, 0));
        operation.InvestigationStarted.Should().Be(new YearMonth(2020, 5));
        operation.Arrests.Should().HaveCount(8);
        operation.Arrests[0].Offences[0].Should().Be(new SuspectedOffence(Offences.ConcernedInSupply, InchoateForm.None, DrugClass.A, Substances.CrackCocaine));
        operation.Arrests.Select(a => a.Outcome.GetType().Name).Should().Equal(
            "Charged", "Bailed", "ReleasedUnderInvestigation", "RemainsInCustody", "Cautioned", "CommunityResolution", "NoFurtherAction", "RecalledToPrison");
        ((ReleasedUnderInvestigation)operation.Arrests[2].Outcome).ReleasedAt.Should().Be(Instant.FromUtc(2020, 10, 30, 11, 0).PlusNanoseconds(123_456_789));
        ((Bailed)operation.Arrests[1].Outcome).Bail.Conditions.Should().HaveCount(9);
        operation.Seizures[0].Item.Should().Be(new CashSeized(Money.Pounds(20000m, Precision.Approximate)));
        operation.Seizures.Select(s => s.Item.GetType().Name).Should().Equal(
            "CashSeized", "DrugsSeized", "DrugsSeized", "WeaponSeized", "PhonesSeized", "VehicleSeized", "OtherPropertySeized");
        operation.ReportedTotals[1].Count.Should().BeNull();
        document.Arrests.Should().ContainSingle().Which.Outcome.Should().Be(new NoFurtherAction());
        document.Operations.Should().Equal(Samples.Document().Operations);
        document.Arrests.Should().Equal(Samples.Document().Arrests);
    }

    [Fact]
    public void Empty_version_1_0_0_document_stays_readable()
    {
        PolicingDocument document = PolicingJson.ReadDocument(Fixture("empty-v1.0.0.json"));
        document.Operations.Should().BeEmpty();
        document.Arrests.Should().BeEmpty();
    }

    [Fact]
    public void Stream_and_span_readers_agree()
    {
        using var stream = new MemoryStream(Fixture("document-v1.0.0.json"));
        PolicingJson.ReadDocument(stream).Should().Be(PolicingJson.ReadDocument(Fixture("document-v1.0.0.json")));
    }
}
