namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Documents refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class PolicingDocumentInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "document version not semantic", () => _ = new PolicingDocument("1.1"), "schemaVersion", "*semantic version*" },
        { "document holding a null operation", () => _ = new PolicingDocument("1.1.0", [null!]), "operations", "*null*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
