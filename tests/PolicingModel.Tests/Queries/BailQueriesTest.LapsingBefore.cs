using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class BailQueriesTest
{
    [Fact]
    public void LapsingBefore_finds_bans_that_end_before_the_first_day()
    {
        Ids(All.LapsingBefore(Carnival).Select(b => b.Arrest)).Should().Equal("bail-ended", "condition-ended");
    }

    [Fact]
    public void LapsingBefore_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().LapsingBefore(Carnival);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).LapsingBefore(Carnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().LapsingBefore(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("event");
    }
}
