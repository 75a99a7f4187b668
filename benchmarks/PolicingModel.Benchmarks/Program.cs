using BenchmarkDotNet.Running;

namespace PolicingModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (for example <c>--filter '*ArrestBreakdown*'</c>); <c>--verify</c> checks that every breakdown method agrees, <c>--verify-json</c> that every JSON reader and writer does.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>--verify</c>, <c>--verify-json</c>, <c>--write-arrests-jsonl n file</c>, <c>--check-breakdown file csv columns</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args is ["--write-arrests-jsonl", string count, string path])
        {
            EndToEnd.BreakdownFiles.WriteAsync(long.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path).GetAwaiter().GetResult();
            return 0;
        }
        if (args is ["--check-breakdown", string file, string csv, string columns])
        {
            return EndToEnd.BreakdownFiles.CheckAsync(file, csv, columns).GetAwaiter().GetResult();
        }
        if (args.Length == 1 && args[0] == "--verify")
        {
            ArrestBreakdownBenchmarks.Verify();
            return 0;
        }
        if (args.Length == 1 && args[0] == "--verify-json")
        {
            Json.JsonVerification.Run();
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
