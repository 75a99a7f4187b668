namespace PolicingModel.Cli;

/// <summary>Dispatches a command line to its verb. Output and errors go to the writers given, so tests can read them.</summary>
internal static class Verbs
{
    /// <summary>Exit code of a verb that found nothing wrong.</summary>
    internal const int Ok = 0;

    /// <summary>Exit code when the input is malformed or invalid, or cannot be read.</summary>
    internal const int Problems = 1;

    /// <summary>Exit code for a command line this program does not understand.</summary>
    internal const int Usage = 2;

    internal static int Run(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["demo"] => DemoVerb.Run(output),
        ["validate", string file] => ValidateVerb.Run(file, output, error),
        ["summarize", string file] => SummarizeVerb.Run(file, output, error),
        ["schema"] => SchemaVerb.Run(output),
        ["breakdown", .. var rest] => BreakdownVerb.Run(rest, output, error),
        _ => PrintUsage(error),
    };

    private static int PrintUsage(TextWriter error)
    {
        error.WriteLine("usage: PolicingModel.Cli <verb> [file]");
        error.WriteLine("  demo              print the press-release rendering of the two sample operations");
        error.WriteLine("  validate <file>   read a policing JSON document strictly and validate it; every problem is listed");
        error.WriteLine("                    with its path and code; exit 0 when there is no error, 1 otherwise");
        error.WriteLine("  summarize <file>  print the press-release rendering of every operation in a policing JSON document");
        error.WriteLine("  schema            print the JSON Schema (draft 2020-12) of policing JSON documents");
        error.WriteLine("  breakdown <file> --by offence-group,age-band,ethnicity [--format text|json|csv] [--suppress] [--threads n]");
        error.WriteLine("                    count the arrests of a JSON Lines file (or a JSON array of arrests), read strictly, by the");
        error.WriteLine("                    dimensions named (also sex, officer-ethnicity, home-area, force, outcome); --suppress prints");
        error.WriteLine("                    one-way tables with small-cell suppression; exit 1 if a line cannot be read");
        return Usage;
    }
}
