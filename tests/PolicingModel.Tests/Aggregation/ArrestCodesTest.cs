using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Reference;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Aggregation;

/// <summary>The breakdown codes worked out for an arrest must say what its members say, for any set of dimensions.</summary>
public sealed class ArrestCodesTest
{
    private const ArrestDimension AllButOfficerEthnicity = ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.Sex
        | ArrestDimension.EthnicityGroup | ArrestDimension.HomeArea | ArrestDimension.Force | ArrestDimension.Outcome;

    [Fact]
    public void The_key_of_an_arrest_reads_its_members()
    {
        ArrestGenerators.Arrest.Sample(arrest =>
        {
            ArrestBreakdownKey key = ArrestBreakdownKey.Of(arrest, AllButOfficerEthnicity);
            key.OffenceGroup.Should().Be(arrest.PrincipalOffence.Group);
            key.AgeBand.Should().Be(AgeBands.Of(arrest.Person.Age));
            key.Sex.Should().Be(arrest.Person.Sex);
            key.EthnicityGroup.Should().Be(EthnicityGroups.Of(arrest.Person.SelfDefinedEthnicity));
            key.HomeArea.Should().Be(AreaKey.Of(arrest.Person.HomeArea));
            key.Force.Should().Be(arrest.Force);
            key.Outcome.Should().Be(ArrestOutcomeKinds.Of(arrest.Outcome));
            ArrestBreakdownKey.Of(arrest, ArrestDimension.OfficerDefinedEthnicityGroup).OfficerDefinedEthnicityGroup
                .Should().Be(EthnicityGroups.Of(arrest.Person.OfficerDefinedEthnicity));
        }, iter: 300);
    }

    [Fact]
    public void A_new_outcome_gives_new_codes()
    {
        Arrest arrest = ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30);
        Arrest charged = arrest.WithOutcome(new Charged());
        ArrestBreakdownKey.Of(arrest, ArrestDimension.Outcome).Outcome.Should().Be(ArrestOutcomeKind.RemainsInCustody);
        ArrestBreakdownKey.Of(charged, ArrestDimension.Outcome).Outcome.Should().Be(ArrestOutcomeKind.Charged);
    }

    [Fact]
    public void The_codes_of_some_dimensions_are_the_codes_of_all_masked_to_them()
    {
        Gen.Select(ArrestGenerators.Arrest, Gen.Int[0, 255]).Sample((arrest, flags) =>
        {
            var dimensions = (ArrestDimension)flags;
            ArrestCodes.Of(arrest, dimensions).Should().Be(ArrestCodes.Of(arrest) & DimensionLayout.MaskOf(dimensions));
        }, iter: 300);
    }
}
