namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Provenance refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SourceReferenceInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "relative source url", () => _ = new SourceReference(SourceKind.PressRelease, "Met", "Title", url: new Uri("/news", UriKind.Relative)), "url", "*absolute http or https*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
