using PolicingModel.Queries;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void InArea_matches_home_areas_within_the_area()
    {
        Ids(CountyLines.InArea(Place.InBorough(LondonBorough.Croydon))).Should().Equal("a2", "a4", "a5");
        Ids(CountyLines.InArea(Place.InLondon("South Norwood", LondonBorough.Croydon))).Should().Equal("a2");
        Ids(CountyLines.InArea(Place.InForceArea(PoliceForce.Kent))).Should().Equal("a6", "a7");
        CountyLines.InArea(Place.InForceArea(PoliceForce.Metropolitan)).Should().HaveCount(5);
    }

    [Fact]
    public void InArea_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().InArea(Place.InForceArea(PoliceForce.Kent));
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).InArea(Place.InForceArea(PoliceForce.Kent)))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => new BreakingSequence<Arrest>().InArea(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("area");
    }
}
