using NodaTime;
using PolicingModel.Queries;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    [Fact]
    public void InvolvingDrugClass_uses_the_stated_class()
    {
        Ids(CountyLines.InvolvingDrugClass(DrugClass.A)).Should().Equal("a1", "a2", "a3", "a5", "a6", "a7");
        Ids(CountyLines.InvolvingDrugClass(DrugClass.B)).Should().Equal("a4");
        CountyLines.InvolvingDrugClass(DrugClass.C).Should().BeEmpty();
    }

    [Fact]
    public void InvolvingDrugClass_falls_back_to_the_substance_class_on_the_arrest_date()
    {
        Arrest Ghb(string id, Instant at) => new(
            new ArrestId(id), at, new ArrestedPerson(Age.Adult, Sex.Male),
            [new SuspectedOffence(Offences.Supply, substance: Substances.Ghb)], PoliceForce.Kent, new RemainsInCustody());
        Arrest[] arrests = [Ghb("before", Instant.FromUtc(2022, 4, 1, 12, 0)), Ghb("after", Instant.FromUtc(2022, 5, 1, 12, 0))];

        Ids(arrests.InvolvingDrugClass(DrugClass.C)).Should().Equal("before");
        Ids(arrests.InvolvingDrugClass(DrugClass.B)).Should().Equal("after");
    }

    [Fact]
    public void InvolvingDrugClass_is_deferred_and_checks_arguments_at_once()
    {
        new BreakingSequence<Arrest>().InvolvingDrugClass(DrugClass.A);
        FluentActions.Invoking(() => ((IEnumerable<Arrest>)null!).InvolvingDrugClass(DrugClass.A))
            .Should().Throw<ArgumentNullException>().WithParameterName("source");
    }
}
