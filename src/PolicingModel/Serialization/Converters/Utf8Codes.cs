using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace PolicingModel.Serialization.Converters;

// Finds the value of a stable code straight from the UTF-8 bytes of a JSON string, without making a string: a 64-bit
// key from the length and the first and last eight bytes picks a few candidates, and the bytes confirm one. Codes
// are read millions of times in bulk reads (seven per arrest), so this replaces transcoding and hashing the text.
// T: What a code stands for: an enum value, an offence, a substance.
internal sealed class Utf8Codes<T>
{
    private readonly FrozenDictionary<ulong, (byte[] Code, T Value)[]> byKey;

    internal Utf8Codes(IEnumerable<(string Code, T Value)> codes) =>
        byKey = codes
            .Select(c => (Code: Encoding.UTF8.GetBytes(c.Code), c.Value))
            .GroupBy(c => Key(c.Code))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // The longest code a lookup unescapes or gathers from segments; longer text is no code.
    private const int MaxCodeBytes = 256;

    // Looks up the current string token, however it arrived: escaped ("no\u002dfurther-action") or split across the
    // segments of a pipe; false when the code is unknown.
    internal bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return TryGet(reader.ValueSpan, out value);
        }
        // Escapes make the raw text up to six times longer than the code ("\u002d" is "-").
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= 6 * MaxCodeBytes)
        {
            Span<byte> code = stackalloc byte[(int)length];
            try
            {
                return TryGet(code[..reader.CopyString(code)], out value);
            }
            catch (InvalidOperationException)
            {
                // Not valid UTF-8: no code.
            }
        }
        value = default!;
        return false;
    }

    internal bool TryGet(ReadOnlySpan<byte> code, [MaybeNullWhen(false)] out T value)
    {
        if (byKey.TryGetValue(Key(code), out (byte[] Code, T Value)[]? candidates))
        {
            foreach ((byte[] candidate, T found) in candidates)
            {
                if (code.SequenceEqual(candidate))
                {
                    value = found;
                    return true;
                }
            }
        }
        value = default!;
        return false;
    }

    private static ulong Key(ReadOnlySpan<byte> code)
    {
        ulong first;
        ulong last;
        if (code.Length >= 8)
        {
            first = BinaryPrimitives.ReadUInt64LittleEndian(code);
            last = BinaryPrimitives.ReadUInt64LittleEndian(code[^8..]);
        }
        else
        {
            Span<byte> padded = stackalloc byte[8];
            padded.Clear();
            code.CopyTo(padded);
            first = last = MemoryMarshal.Read<ulong>(padded);
        }
        return unchecked(((first * 0x9E3779B97F4A7C15UL) ^ (last + 0x632BE59BD9B4E019UL) ^ ((ulong)code.Length << 56)) * 0xBF58476D1CE4E5B9UL);
    }
}
