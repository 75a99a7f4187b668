using NodaTime;

namespace PolicingModel.Tests.Reporting.PressReleases;

// Source: https://somersetcountygazette.co.uk/news/24422977.glastonbury-festival-2024-very-safe-fewer-arrests-crimes
// Publisher: Somerset County Gazette, reporting Avon and Somerset Police figures; published about 1 July 2024
// (exact date unverified).
// Research notes: /work/research/press/09-glastonbury-festival-2024.md (verified partial).
// Kind: festival; arrests with a drug-offence subset; provisional figures.
// 3 facts, 3 lines
public sealed class GlastonburyFestival2024Test
{
    internal static Operation Build()
    {
        var op = new Operation.Builder(new OperationId("glastonbury-2024"), "Glastonbury Festival 2024", PoliceForce.AvonAndSomerset,
            new Interval(EnglandAndWales.InstantOf(new LocalDateTime(2024, 6, 26, 0, 0)), EnglandAndWales.InstantOf(new LocalDateTime(2024, 7, 1, 10, 0)))); // 1 Wednesday 26 June to 10am Monday 1 July
        op.Report(ReportedMeasure.Arrests, ReportedCount.Exactly(30));                                                         // 2 30 arrests
        op.Report(new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(21), offenceGroups: [OffenceGroup.Drugs])); // 3 21 on suspicion of at least one drug offence
        return op.ToOperation();
    }

    // Reviewed against the source: see the approved text and the notes below.
    [Fact]
    public void Renders_as_approved() => ApprovedText.Verify("GlastonburyFestival2024", Build());
}
