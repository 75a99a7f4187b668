namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Identifiers refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class IdentifierInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "blank id", () => _ = new ArrestId(" "), "value", "*must not be empty*" },
        { "overlong id", () => _ = new WarrantId(new string('x', 129)), "value", "*at most 128*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
