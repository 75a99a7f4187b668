namespace PolicingModel.Tests.Documentation;

/// <summary>
/// The README's quick start is the package consumer's code (which CI compiles against the packed package and runs on
/// the JIT and under Native AOT), so the two must not drift apart.
/// </summary>
public sealed class ReadmeQuickStartTest
{
    [Fact]
    public void The_quick_start_is_the_package_consumers_code()
    {
        string program = RepositoryFiles.ReadAllText("tests/PackageConsumer/Program.cs").ReplaceLineEndings("\n");
        string readme = RepositoryFiles.ReadAllText("README.md").ReplaceLineEndings("\n");

        string body = Between(program, "// --- quick start ---\n", "// --- end of quick start ---");
        string usings = string.Concat(program.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Select(l => l + "\n"));

        readme.Should().Contain("```csharp\n" + usings + "\n" + body + "```");
        RepositoryFiles.ReadAllText("src/PolicingModel/README.md").ReplaceLineEndings("\n")
            .Should().Contain("```csharp\n" + usings + "\n" + body + "```", "the package README shows the same example");
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, "the consumer marks its quick start with '{0}'", start.Trim());
        from += start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.Should().BeGreaterThan(from);
        return text[from..to];
    }
}
