namespace PolicingModel.Tests.Cli;

/// <summary>The committed samples never drift from the fixtures: each file is exactly what the library writes today.</summary>
public sealed class SampleFilesTest
{
    public static TheoryData<string> Files => new(SampleDocuments.All.Select(s => s.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_sample_is_what_the_library_writes_for_the_fixture(string file)
    {
        Operation operation = SampleDocuments.All.Single(s => s.File == file).Operation;
        string path = SampleDocuments.PathOf(file);
        string expected = SampleDocuments.Expected(operation);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }
        File.Exists(path).Should().BeTrue($"{file} must be committed; run the tests once with UPDATE_SAMPLES=1 to write it");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected,
            $"{file} must be what the library writes for the Samples fixture; regenerate it with `UPDATE_SAMPLES=1 dotnet test` and review the diff");
    }
}
