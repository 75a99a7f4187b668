namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Drugs refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SubstanceInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "bad substance code", () => _ = new Substance("Crack Cocaine", "crack", [new DrugClassification(null, DrugClass.A)]), "code", "*lower-case letters*" },
        { "substance history out of order", () => _ = new Substance("x", "x", [new DrugClassification(new LocalDate(2024, 1, 1), DrugClass.C), new DrugClassification(new LocalDate(2023, 1, 1), DrugClass.B)]), "history", "*later than the classification before it*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
