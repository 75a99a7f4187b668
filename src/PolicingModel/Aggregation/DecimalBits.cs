using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

// Reads a decimal's memory directly, for the tests the cash loops make on every amount.
// On a little-endian machine a decimal is the Win32 DECIMAL that interop relies on: a flags word with the sign in bit
// 31, the scale in bits 16 to 23 and every other bit zero, then the high 32 bits of the mantissa, then its low 64 bits.
internal static class DecimalBits
{
    // The two 64-bit words of amount's memory: flags and high mantissa, then low mantissa. Little-endian machines only.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong FlagsAndHigh, ulong Low) Words(in decimal amount)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<decimal, ulong>(new ReadOnlySpan<decimal>(in amount));
        return (words[0], words[1]);
    }

    // True when amount is zero, whatever its sign and scale.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsZero(in decimal amount)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return amount == 0m;
        }
        (ulong flagsAndHigh, ulong low) = Words(in amount);
        return ((flagsAndHigh >> 32) | low) == 0;
    }

    // Writes to positions the position of every non-zero amount of amounts, in
    // order, and returns how many there are; -1 - p when the amount at position p is negative (nothing else is then certain).
    // Most arrests have no cash, and which ones do is as good as random, so a branch on it per amount would often be
    // mispredicted: the positions are listed without branching, and only the amounts listed are then tested for sign.
    // True when a non-negative amount is at most Money.MaxAmount: at once when its mantissa is below it (a scale only
    // makes the value smaller), by comparison otherwise.
    internal static bool IsAtMostMaxAmount(in decimal amount)
    {
        (ulong flagsAndHigh, ulong low) = Words(in amount);
        return (BitConverter.IsLittleEndian && (flagsAndHigh >> 32) == 0 && low <= 1_000_000_000_000UL) || amount <= Money.MaxAmount;
    }

    internal static int ListNonZero(ReadOnlySpan<decimal> amounts, Span<int> positions)
    {
        int found = 0;
        unchecked
        {
            for (int i = 0; i < amounts.Length; i++)
            {
                positions[found] = i;
                found += IsZero(in amounts[i]) ? 0 : 1;
            }
        }
        foreach (int i in positions[..found])
        {
            if (decimal.IsNegative(amounts[i]))
            {
                return -1 - i;
            }
        }
        return found;
    }
}
