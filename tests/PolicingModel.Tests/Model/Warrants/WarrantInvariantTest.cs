namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Warrants refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class WarrantInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "warrant executed before issue", () => _ = new Warrant(new WarrantId("w"), WarrantKind.SpecificPremisesSearch, issuedOn: new LocalDate(2024, 3, 13), execution: new WarrantExecution(Examples.Dawn)), "execution", "*before the warrant was issued*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
