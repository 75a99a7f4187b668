using PolicingModel.Samples;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Cli;

/// <summary>The committed sample documents under samples/: each source-document operation, as the library writes it.</summary>
internal static class SampleDocuments
{
    internal static readonly (string File, Operation Operation)[] All =
    [
        ("samples/county-lines-operation.json", CountyLinesWarrantsOperation.Operation),
        ("samples/carnival-raids-operation.json", CarnivalRaidsOperation.Operation),
    ];

    /// <summary>What the file must hold: the document indented for people to read, ending with a newline.</summary>
    internal static string Expected(Operation operation) =>
        PolicingJson.WriteToString(PolicingDocument.Create([operation]), indented: true).ReplaceLineEndings("\n") + "\n";

    internal static string PathOf(string file) => Path.Combine(Serialization.SchemaTest.RepositoryRoot(), file);
}
