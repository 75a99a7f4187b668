using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Reference;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Aggregation;

/// <summary>An arrest works out its breakdown codes once, when it is created; they must say what its members say.</summary>
public sealed class BreakdownCodesTest
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
    public void The_codes_take_no_part_in_equality_beyond_the_members_they_come_from()
    {
        Arrest arrest = ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30);
        Arrest same = ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30);
        same.Should().Be(arrest);
        same.GetHashCode().Should().Be(arrest.GetHashCode());
        arrest.ToString().Should().NotContain(nameof(Arrest.BreakdownCodes));
    }
}
