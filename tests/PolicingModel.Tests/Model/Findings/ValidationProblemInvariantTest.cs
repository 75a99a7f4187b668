namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Findings refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class ValidationProblemInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "problem path not a JSON Pointer", () => _ = new ValidationProblem("PM1001", ValidationSeverity.Error, "m", "arrests[0]"), "path", "*JSON Pointer*" },
        { "problem with a blank code", () => _ = new ValidationProblem(" ", ValidationSeverity.Error, "m"), "code", "*must not be empty*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
