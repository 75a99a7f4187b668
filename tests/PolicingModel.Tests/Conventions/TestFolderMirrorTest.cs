namespace PolicingModel.Tests.Conventions;

/// <summary>Tests mirror the library's folders two levels deep: every folder of src/PolicingModel, and each folder inside one, has a folder of tests.</summary>
public sealed class TestFolderMirrorTest
{
    [Fact]
    public void Every_source_folder_and_subfolder_has_tests()
    {
        string source = Path.Combine(RepositoryFiles.Root, "src", "PolicingModel");
        string tests = Path.Combine(RepositoryFiles.Root, "tests", "PolicingModel.Tests");
        string[] folders = [.. Directory.GetDirectories(source)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj"))
            .SelectMany(d => Directory.GetDirectories(d).Prepend(d))
            .Select(d => Path.GetRelativePath(source, d))];
        folders.Should().Contain([Path.Combine("Model", "Arrests"), Path.Combine("Serialization", "Streaming")]);
        folders.Where(folder => !Directory.Exists(Path.Combine(tests, folder))
                                || Directory.GetFiles(Path.Combine(tests, folder), "*Test*.cs", SearchOption.AllDirectories).Length == 0)
            .Should().BeEmpty("each source folder needs a test folder of the same name with tests in it");
    }
}
