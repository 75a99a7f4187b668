using PolicingModel.Reporting;

namespace PolicingModel.Cli;

/// <summary><c>summarize &lt;file&gt;</c>: the press-release rendering (built on <see cref="OperationSummary"/>) of a document read strictly.</summary>
internal static class SummarizeVerb
{
    internal static int Run(string file, TextWriter output, TextWriter error)
    {
        if (DocumentFile.Read(file, output, error) is not { } document)
        {
            return Verbs.Problems;
        }
        output.Write(PressReleaseRenderer.RenderDocument(document));
        return Verbs.Ok;
    }
}
