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
}
