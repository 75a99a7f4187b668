using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization.Streaming;

// Reads one element of a stream straight from the buffer with the contract's converter, in one pass. An element cut
// off by the end of the buffer is detected before reading when it could be (near the end of the buffer) and otherwise
// by the reader running out of bytes; either way the caller reads more and tries again. Anything the converter refuses
// is read again on its own through PolicingJson, which reports the error with the element's path.
internal sealed class ElementReader<T>(JsonTypeInfo<T> typeInfo)
    where T : class
{
    private readonly JsonConverter<T> converter = (JsonConverter<T>)typeInfo.Converter;
    private readonly JsonSerializerOptions options = typeInfo.Options;
    private readonly JsonReaderOptions readerOptions = new()
    {
        MaxDepth = typeInfo.Options.MaxDepth,
        CommentHandling = typeInfo.Options.ReadCommentHandling,
        AllowTrailingCommas = typeInfo.Options.AllowTrailingCommas,
    };

    // Twice the longest element so far: closer than this to the end of the buffer, check the element is all there first.
    private int margin = 4096;

    // The scan of an element found cut off, kept between reads: the reader's state and how many bytes it has passed.
    private JsonReaderState scanState;
    private int scanned;

    // True while the element at the front was found cut off and its end has not been seen yet.
    internal bool IsCutOff { get; private set; }

    // Reads the object that starts at available[0]; false when more bytes are needed first (the element is then cut
    // off, and IsCompleteSoFar says when it is all there).
    internal bool TryRead(ReadOnlySpan<byte> available, bool final, long index, out T value, out int length)
    {
        bool read = TryReadWhole(available, final, index, out value, out length);
        if (!read && !IsCutOff)
        {
            IsCutOff = true;
            scanState = new JsonReaderState(readerOptions);
            scanned = 0;
        }
        else if (read)
        {
            IsCutOff = false;
        }
        return read;
    }

    // Scans only the bytes that came since the last call for the end of the element at available[0] (the same bytes,
    // moved to the front of a larger buffer, are never scanned twice): true once it is complete, or malformed (the
    // full read then says where).
    internal bool IsCompleteSoFar(ReadOnlySpan<byte> available)
    {
        var reader = new Utf8JsonReader(available[scanned..], isFinalBlock: false, scanState);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return true;
        }
        scanned += (int)reader.BytesConsumed;
        scanState = reader.CurrentState;
        return false;
    }

    private bool TryReadWhole(ReadOnlySpan<byte> available, bool final, long index, out T value, out int length)
    {
        if (!final && available.Length < margin && !IsComplete(available, final))
        {
            value = null!;
            length = 0;
            return false;
        }
        var reader = new Utf8JsonReader(available, isFinalBlock: true, new JsonReaderState(readerOptions));
        try
        {
            reader.Read();
            value = converter.Read(ref reader, typeof(T), options)!;
            length = (int)reader.BytesConsumed;
            margin = Math.Max(margin, 2 * length);
            return value is not null || Refused(available, final, index, out value, out length);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            return Refused(available, final, index, out value, out length);
        }
    }

    // Reads a whole line (JSON Lines) holding one value.
    internal T ReadLine(ReadOnlySpan<byte> line, long index)
    {
        if (line[0] == (byte)'{')
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(readerOptions));
            try
            {
                reader.Read();
                T? value = converter.Read(ref reader, typeof(T), options);
                if (value is not null && !reader.Read())
                {
                    return value;
                }
            }
            catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
            {
                // Reported below.
            }
        }
        return PolicingJson.ReadElement(line, typeInfo, index);
    }

    // The converter refused the element, or it was cut off: read more, or let the full reader explain (or accept) it.
    private bool Refused(ReadOnlySpan<byte> available, bool final, long index, out T value, out int length)
    {
        if (ElementExtent.End(available, final, readerOptions) is not { } end)
        {
            value = null!;
            length = 0;
            return false;
        }
        value = PolicingJson.ReadElement(available[..end], typeInfo, index);
        length = end;
        return true;
    }

    private bool IsComplete(ReadOnlySpan<byte> available, bool final)
    {
        var probe = new Utf8JsonReader(available, final, new JsonReaderState(readerOptions));
        try
        {
            return probe.Read() && probe.TrySkip();
        }
        catch (JsonException)
        {
            return true; // complete enough to be refused
        }
    }
}
