using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void WithOutcome_filters_by_outcome_kind()
    {
        CountyLines.WithOutcome<RemainsInCustody>().Should().HaveCount(7);
        CountyLines.WithOutcome<Charged>().Should().BeEmpty();
        CountyLines.WithOutcome<ArrestOutcome>().Should().HaveCount(7);
    }

    [Fact]
    public void WithOutcome_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().WithOutcome<Charged>();
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).WithOutcome<Charged>())
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void WithOutcome_by_kind_matches_the_generic_form()
    {
        CountyLines.WithOutcome(ArrestOutcomeKind.RemainsInCustody).Should().Equal(CountyLines.WithOutcome<RemainsInCustody>());
        CountyLines.WithOutcome(ArrestOutcomeKind.Charged).Should().BeEmpty();
        new BreakingSequence<Arrest>().WithOutcome(ArrestOutcomeKind.Charged);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).WithOutcome(ArrestOutcomeKind.Charged))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Every_outcome_has_a_kind()
    {
        ArrestOutcome[] outcomes =
        [
            new RemainsInCustody(), new Bailed(new Bail(BailKind.PreCharge, new NodaTime.LocalDate(2024, 1, 1))), new ReleasedUnderInvestigation(),
            new Charged(), new Cautioned(), new CommunityResolution(), new NoFurtherAction(), new RecalledToPrison(), new PutBeforeCourt(),
            new OutcomeNotReported(),
        ];
        outcomes.Select(ArrestOutcomeKinds.Of).Should().Equal(Enum.GetValues<ArrestOutcomeKind>());
    }
}
