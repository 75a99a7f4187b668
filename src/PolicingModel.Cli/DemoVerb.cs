using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Cli;

/// <summary><c>demo</c>: the press-release rendering of the two source-document operations, built in code.</summary>
internal static class DemoVerb
{
    internal static int Run(TextWriter output)
    {
        output.Write(PressReleaseRenderer.Render(CountyLinesWarrantsOperation.Operation));
        output.Write("\n");
        output.Write(PressReleaseRenderer.Render(CarnivalRaidsOperation.Operation));
        return Verbs.Ok;
    }
}
