using System.Text.Json;
using PolicingModel.Aggregation;

namespace PolicingModel.Serialization.Streaming;

// Classifies JSON Lines of arrests into an accumulator of its own, a batch of codes at a time. Lines are cut exactly as
// ReadJsonLinesAsync cuts them (on \n, a trailing \r dropped, lines of spaces and tabs skipped, a last line without a
// newline read as a line) and each line is read by ArrestCodeReader; a line it refuses is read again by the full
// reader, which throws the full reader's own error for it (pointer /n for line n+1) or returns the arrest.
internal sealed class ArrestLineCounter(ArrestDimension dimensions)
{
    private const int BatchSize = 4096;

    // As ElementReader builds them from the strict options, so the tokeniser accepts exactly the same text.
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = PolicingJson.Options.MaxDepth,
        CommentHandling = PolicingJson.Options.ReadCommentHandling,
        AllowTrailingCommas = PolicingJson.Options.AllowTrailingCommas,
    };

    private readonly ulong[] codes = new ulong[BatchSize];
    private int pending;

    // The arrests counted so far, in a grid of their own (merged into the caller's only when the whole input was read).
    internal ArrestBreakdownAccumulator Counted { get; } = new(dimensions);

    // How many arrests were classified.
    internal long Arrests { get; private set; }

    // Counts every line of lines (whole lines; the last may lack its newline), numbered from firstLine; returns the
    // number of the line after them.
    internal long CountLines(ReadOnlySpan<byte> lines, long firstLine)
    {
        long line = firstLine;
        while (!lines.IsEmpty)
        {
            int newline = lines.IndexOf((byte)'\n');
            ReadOnlySpan<byte> text = newline < 0 ? lines : lines[..newline];
            lines = newline < 0 ? default : lines[(newline + 1)..];
            text = text.TrimEnd((byte)'\r');
            if (!text.Trim(" \t"u8).IsEmpty)
            {
                Add(CodesOf(text, line));
            }
            line++;
        }
        return line;
    }

    // Counts one arrest already classified (by the array reader).
    internal void Add(ulong arrestCodes)
    {
        codes[pending++] = arrestCodes;
        Arrests++;
        if (pending == BatchSize)
        {
            Flush();
        }
    }

    // Counts the codes still waiting in the batch.
    internal void Flush()
    {
        Counted.CountCodes(codes.AsSpan(0, pending));
        pending = 0;
    }

    // The codes of one line holding an arrest; index is its 0-based line number, for the full reader's error.
    internal static ulong CodesOf(ReadOnlySpan<byte> line, long index)
    {
        if (line[0] == (byte)'{')
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(ReaderOptions));
            try
            {
                reader.Read();
                ulong found = ArrestCodeReader.Read(ref reader);
                if (!reader.Read())
                {
                    return found;
                }
            }
            catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
            {
                // The full reader below says what is wrong (or, if nothing is, reads the arrest).
            }
        }
        return ArrestCodes.Of(PolicingJson.ReadElement(line, PolicingJson.TypeInfo<Arrest>(), index));
    }

    // True when the value that starts at available[0] is all there (or is not valid JSON, which is complete enough to be refused).
    internal static bool IsComplete(ReadOnlySpan<byte> available)
    {
        var probe = new Utf8JsonReader(available, isFinalBlock: false, new JsonReaderState(ReaderOptions));
        try
        {
            return probe.Read() && probe.TrySkip();
        }
        catch (JsonException)
        {
            return true;
        }
    }

    // The codes of the arrest object that starts at available[0], read straight from a stream's buffer; length is how
    // many bytes it took. False when it is cut off (read more first); any other refusal is the full reader's to report.
    internal static bool TryCodesOf(ReadOnlySpan<byte> available, bool final, long index, out ulong found, out int length)
    {
        var reader = new Utf8JsonReader(available, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        try
        {
            reader.Read();
            found = ArrestCodeReader.Read(ref reader);
            length = (int)reader.BytesConsumed;
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            // Cut off, or refused: find the element's end, as ElementReader does.
        }
        if (ElementExtent.End(available, final, ReaderOptions) is not { } end)
        {
            found = 0;
            length = 0;
            return false;
        }
        found = ArrestCodes.Of(PolicingJson.ReadElement(available[..end], PolicingJson.TypeInfo<Arrest>(), index));
        length = end;
        return true;
    }
}
