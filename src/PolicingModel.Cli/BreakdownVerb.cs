using System.Diagnostics;
using PolicingModel.Aggregation;
using PolicingModel.Serialization;

namespace PolicingModel.Cli;

/// <summary>
/// <c>breakdown &lt;file&gt; --by d1,d2,… [--format text|json|csv] [--suppress] [--threads n]</c>: arrests from a
/// JSON Lines file (or a JSON array of arrests) counted straight into a breakdown by
/// <see cref="PolicingJson.ReadArrestJsonLinesIntoAsync"/>, read as strictly as every other verb reads.
/// </summary>
internal static class BreakdownVerb
{
    // Files smaller than this finish before a progress line would be worth printing.
    private const long ProgressFrom = 16L << 20;

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (Options.Parse(args, out string? problem) is not { } options)
        {
            error.WriteLine($"breakdown: {problem}");
            error.WriteLine("usage: PolicingModel.Cli breakdown <file> --by offence-group,age-band,ethnicity [--format text|json|csv] [--suppress] [--threads n]");
            return Verbs.Usage;
        }
        var accumulator = new ArrestBreakdownAccumulator(options.Dimensions);
        try
        {
            using var file = new FileStream(options.File, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            // Only to a terminal: a line rewritten in place is noise in a log.
            bool toTerminal = !ReferenceEquals(error, Console.Error) || !Console.IsErrorRedirected;
            using var progress = file.Length >= ProgressFrom && toTerminal ? new ProgressLine(error, file.Length) : null;
            bool array = StartsWithBracket(file);
            Task<long> read = array
                ? PolicingJson.ReadArrestArrayIntoAsync(file, accumulator, progress)
                : PolicingJson.ReadArrestJsonLinesIntoAsync(file, accumulator, options.Threads, progress);
            read.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"cannot read {options.File}: {e.Message}");
            return Verbs.Problems;
        }
        catch (PolicingJsonException e)
        {
            // As every verb reports a document it cannot read: the kind as a code, the JSON Pointer, the problem.
            output.WriteLine(e.Pointer.Length == 0 ? $"json/{Reference.WireCodes.ToCode(e.Kind)} error: {e.Problem}" : $"json/{Reference.WireCodes.ToCode(e.Kind)} error at {e.Pointer}: {e.Problem}");
            output.WriteLine($"{options.File}: not readable as arrests; nothing was counted");
            return Verbs.Problems;
        }
        ArrestBreakdown breakdown = accumulator.ToBreakdown();
        if (options.Suppress)
        {
            BreakdownTables.WriteSuppressed(breakdown, options.Format, output, error);
        }
        else
        {
            BreakdownTables.Write(breakdown, options.Format, output);
        }
        return Verbs.Ok;
    }

    // A JSON array of arrests starts with '[' (after white space or a byte-order mark); JSON Lines with '{'.
    private static bool StartsWithBracket(FileStream file)
    {
        Span<byte> head = stackalloc byte[256];
        int read = file.Read(head);
        file.Position = 0;
        foreach (byte b in head[..read])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b == (byte)'[';
            }
        }
        return false;
    }

    internal sealed record Options(string File, ArrestDimension Dimensions, string Format, bool Suppress, int Threads)
    {
        internal static Options? Parse(string[] args, out string? problem)
        {
            string? file = null;
            ArrestDimension? dimensions = null;
            string format = "text";
            bool suppress = false;
            int threads = Environment.ProcessorCount;
            problem = null;
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string? value = i + 1 < args.Length ? args[i + 1] : null;
                switch (arg)
                {
                    case "--by" when value is not null:
                        dimensions = BreakdownColumns.Parse(value, out problem);
                        if (dimensions is null)
                        {
                            return null;
                        }
                        i++;
                        break;
                    case "--format" when value is "text" or "json" or "csv":
                        format = value;
                        i++;
                        break;
                    case "--threads" when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1:
                        threads = n;
                        i++;
                        break;
                    case "--suppress":
                        suppress = true;
                        break;
                    case not null when !arg.StartsWith("--", StringComparison.Ordinal) && file is null:
                        file = arg;
                        break;
                    default:
                        problem = $"unexpected argument '{arg}'";
                        return null;
                }
            }
            if (file is null || dimensions is null)
            {
                problem = file is null ? "no file given" : "no dimensions given (--by)";
                return null;
            }
            return new Options(file, dimensions.Value, format, suppress, threads);
        }
    }

    // "read 120 of 383 MB (31%)" on standard error, rewritten in place at most four times a second, once the read has
    // taken more than a moment; the line is cleared when the read ends.
    private sealed class ProgressLine(TextWriter error, long length) : IProgress<long>, IDisposable
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Lock gate = new();
        private long shownAt = 500;
        private bool shown;

        public void Report(long value)
        {
            lock (gate)
            {
                long now = clock.ElapsedMilliseconds;
                if (now < shownAt)
                {
                    return;
                }
                shownAt = now + 250;
                shown = true;
                error.Write($"\rread {value >> 20} of {length >> 20} MiB ({100 * value / Math.Max(1, length)}%)   ");
                error.Flush();
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                if (shown)
                {
                    error.Write("\r" + new string(' ', 48) + "\r");
                    error.Flush();
                }
            }
        }
    }
}
