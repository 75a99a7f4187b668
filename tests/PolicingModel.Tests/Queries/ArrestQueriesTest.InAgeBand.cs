using PolicingModel.Queries;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void InAgeBand_uses_the_Home_Office_bands()
    {
        Ids(CountyLines.InAgeBand(AgeBand.From18To20)).Should().Equal("a3", "a5");
        Ids(CountyLines.InAgeBand(AgeBand.From21To24)).Should().Equal("a2", "a4", "a6");
        Ids(CountyLines.InAgeBand(AgeBand.From40To49)).Should().Equal("a7");
        CountyLines.InAgeBand(AgeBand.Unknown).Should().BeEmpty();
    }

    [Fact]
    public void Queries_compose_and_enumerate_the_source_once()
    {
        var source = new CountingSequence<Arrest>(CountyLines);
        string[] ids = Ids(source.WithOffenceGroup(OffenceGroup.Drugs).InvolvingDrugClass(DrugClass.A).InAgeBand(AgeBand.From21To24));
        ids.Should().Equal("a2", "a6");
        source.Enumerations.Should().Be(1);
    }

    [Fact]
    public void InAgeBand_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().InAgeBand(AgeBand.From10To17);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).InAgeBand(AgeBand.From10To17))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }
}
