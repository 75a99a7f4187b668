using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void During_includes_the_start_and_excludes_the_end()
    {
        Instant at = CountyLinesWarrantsOperation.WarrantTime;
        CountyLines.During(new Interval(at, at + Duration.FromHours(1))).Should().HaveCount(7);
        CountyLines.During(new Interval(at - Duration.FromHours(1), at)).Should().BeEmpty();
        CountyLines.During(new Interval(null, null)).Should().HaveCount(7);
    }

    [Fact]
    public void During_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().During(new Interval(null, null));
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).During(new Interval(null, null)))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }
}
