using PolicingModel.Reporting;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Reporting.PressReleases;

/// <summary>
/// Approved renderings of real press releases: the rendering is compared with a committed text file next to the test
/// (<c>Name.approved.txt</c>), so that any change to what the renderer says of a real operation is seen in review.
/// Run with <c>UPDATE_APPROVED=1</c> to rewrite the files, then read the diff against the source before committing.
/// </summary>
internal static class ApprovedText
{
    private const string Folder = "tests/PolicingModel.Tests/Reporting/PressReleases";

    internal static void Verify(string name, Operation operation, params string[] expectedProblemCodes)
    {
        string rendered = PressReleaseRenderer.Render(operation);
        string path = Path.Combine(RepositoryFiles.Root, Folder, name + ".approved.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(path, rendered);
        }
        File.Exists(path).Should().BeTrue($"{name}.approved.txt must be committed; run the tests once with UPDATE_APPROVED=1 to write it, then read it against the source");
        rendered.Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"),
            "the rendering of a real press release changed; if intended, rerun with UPDATE_APPROVED=1 and review it against the source");
        OperationValidator.Validate(operation).Problems.Select(p => p.Code).Should().BeEquivalentTo(expectedProblemCodes);
    }
}
