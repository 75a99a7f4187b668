namespace PolicingModel.Tests;

/// <summary>
/// Files of this repository that tests check against the code (README, committed samples): found by walking up from
/// the test binaries to the folder holding PolicingModel.sln, so the tests work from any clone location.
/// </summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicingModel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No PolicingModel.sln above {AppContext.BaseDirectory}.");
    }
}
