using BenchmarkDotNet.Running;

namespace PolicingModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (for example <c>--filter '*ArrestBreakdown*'</c>); <c>--verify</c> checks that every breakdown method agrees, <c>--verify-json</c> that every JSON reader and writer does.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>--verify</c>.</param>
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--verify")
        {
            ArrestBreakdownBenchmarks.Verify();
            return;
        }
        if (args.Length == 1 && args[0] == "--verify-json")
        {
            Json.JsonVerification.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
