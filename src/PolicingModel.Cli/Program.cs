using PolicingModel.Reporting;
using PolicingModel.Samples;

// A thin front end: every piece of logic lives in the library.
switch (args)
{
    case ["demo"]:
        Console.Out.Write(PressReleaseRenderer.Render(CountyLinesWarrantsOperation.Operation));
        Console.Out.Write("\n");
        Console.Out.Write(PressReleaseRenderer.Render(CarnivalRaidsOperation.Operation));
        return 0;
    default:
        Console.Error.WriteLine("usage: PolicingModel.Cli demo");
        Console.Error.WriteLine("  demo    print the press-release rendering of the two sample operations");
        return 2;
}
