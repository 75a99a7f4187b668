using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void WithOffenceGroup_matches_any_suspected_offence()
    {
        Ids(CountyLines.WithOffenceGroup(OffenceGroup.ViolenceAgainstThePerson)).Should().Equal("a1", "a2", "a3");
        Ids(CountyLines.WithOffenceGroup(OffenceGroup.MiscellaneousCrimesAgainstSociety)).Should().Equal("a4", "a5");
        CountyLines.WithOffenceGroup(OffenceGroup.Robbery).Should().BeEmpty();
    }

    [Fact]
    public void WithOffenceGroup_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().WithOffenceGroup(OffenceGroup.Drugs);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).WithOffenceGroup(OffenceGroup.Drugs))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }
}
