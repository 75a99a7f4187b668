using System.Text.Json;

namespace PolicingModel.Serialization.Streaming;

// Where the JSON element that starts a stream's buffer ends, for readers whose fast path refused it: they hand exactly
// that element to the full reader, which accepts it or explains the refusal.
internal static class ElementExtent
{
    // The element's length; null when it is cut off and more of the stream may come; the whole buffer when it is not
    // valid JSON (the full reader then says where).
    internal static int? End(ReadOnlySpan<byte> available, bool final, JsonReaderOptions options)
    {
        var probe = new Utf8JsonReader(available, final, new JsonReaderState(options));
        try
        {
            if (probe.Read() && probe.TrySkip())
            {
                return (int)probe.BytesConsumed;
            }
            return final ? available.Length : null;
        }
        catch (JsonException)
        {
            return available.Length;
        }
    }
}
