using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class BailQueriesTest
{
    [Fact]
    public void ConditionsInForce_follows_bail_and_condition_dates()
    {
        ConditionEnded.ConditionsInForce(DayBefore).Should().ContainSingle().Which.Should().BeOfType<NotToAttendEvent>();
        ConditionEnded.ConditionsInForce(DuringCarnival).Should().BeEmpty();
        Excluded.ConditionsInForce(DuringCarnival).Should().HaveCount(2);
        BailEnded.ConditionsInForce(DuringCarnival).Should().BeEmpty();
        UnderInvestigation.ConditionsInForce(DuringCarnival).Should().BeEmpty();
        Banned.ConditionsInForce(LongAfter).Should().BeEmpty();
    }

    [Fact]
    public void ConditionsInForce_checks_arguments()
    {
        FluentActions.Invoking(() => ((Arrest)null!).ConditionsInForce(DuringCarnival))
            .Should().Throw<ArgumentNullException>().WithParameterName("arrest");
    }
}
