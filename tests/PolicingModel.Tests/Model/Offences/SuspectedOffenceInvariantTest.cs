namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Offences refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SuspectedOffenceInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "drug class on a non-drug offence", () => _ = new SuspectedOffence(Offences.PossessionOfCriminalProperty, drugClass: DrugClass.A), "drugClass", "*only allowed on an offence about controlled drugs*" },
        { "conspiracy to breach bail", () => _ = new SuspectedOffence(Offences.BreachOfBailConditions, InchoateForm.Conspiracy), "form", "*not an offence*" },
        { "attempt to be wanted on warrant", () => _ = new SuspectedOffence(Offences.WantedOnWarrant, InchoateForm.Attempt), "form", "*not an offence*" },
        { "unset ground kind", () => _ = new Offence("x", "x", "x", OffenceGroup.Other, kind: 0), "kind", "*" },
        { "a ground that is not an offence with a maximum", () => _ = new Offence("x", "x", "x", OffenceGroup.Other, maximumSentences: [MaximumSentence.Life()], kind: ArrestGroundKind.Warrant), "kind", "*no maximum sentence*" },
        { "a ground that is not an offence taking a drug class", () => _ = new Offence("x", "x", "x", OffenceGroup.Other, takesDrugClass: true, kind: ArrestGroundKind.PowerOfArrestWithoutOffence), "kind", "*takes no drug class*" },
        { "a ground that is not an offence in a Home Office group", () => _ = new Offence("x", "x", "x", OffenceGroup.Drugs, kind: ArrestGroundKind.Warrant), "kind", "*group Other*" },
    };

    [Fact]
    public void A_ground_that_is_not_an_offence_can_be_cited_as_itself()
    {
        var breach = new SuspectedOffence(Offences.BreachOfBailConditions);
        breach.Offence.IsOffence.Should().BeFalse();
        breach.Group.Should().Be(OffenceGroup.Other);
        Offences.MaximumSentenceFor(breach).Should().BeNull();
        new SuspectedOffence(Offences.Robbery).Offence.IsOffence.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
