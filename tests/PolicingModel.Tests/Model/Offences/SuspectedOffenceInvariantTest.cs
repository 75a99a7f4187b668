namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Offences refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SuspectedOffenceInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "drug class on a non-drug offence", () => _ = new SuspectedOffence(Offences.PossessionOfCriminalProperty, drugClass: DrugClass.A), "drugClass", "*only allowed on an offence about controlled drugs*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
