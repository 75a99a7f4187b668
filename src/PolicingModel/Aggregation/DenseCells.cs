using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

// The cells of a grid held densely, one slot per cell index: the arrest count and the cash, with the cash kept as whole
// pence wherever it can be.
// Why pence: adding two decimals is a call into a general routine that handles any pair of scales,
// while almost every amount of cash seized is pounds and pence; summing those as a 64-bit count of pence is one
// integer addition. Each cell therefore holds a count of pence, the largest scale (0, 1 or 2 decimal places) of the
// amounts that went into it, and a decimal for everything else: amounts with more decimal places or of
// more than about eleven billion pounds, and any addition that would overflow the pence. The cell's cash is the
// decimal plus the pence written with that scale, which is exactly the decimal sum of the amounts, to the same scale
// (20000 stays 20000, and 20000 plus 0.50 is 20000.50).
// Zero amounts are skipped (they change neither the sum nor its scale), and so are the pence, scale and decimal of a
// cell for every arrest without cash.
internal sealed class DenseCells : CellStore
{
    // A mantissa at or above 2^40 (eleven billion pounds at two decimal places, a trillion at none) takes the decimal
    // route, so that one amount is at most 2^40 * 100 pence and a cell's pence overflow only after some 84,000 such
    // amounts; the addition is checked besides, and an amount that would overflow takes the decimal route too.
    private const int FastMantissaBits = 40;

    // Arrays rather than one array of cells: the counts, which every arrest bumps, then take 8 bytes a cell (380 KB for
    // offence group x age band x ethnicity x home area) and stay in the processor's cache; the rest is touched only by
    // arrests with cash.
    private readonly long[] counts;
    private readonly long[] pence;
    private readonly byte[] scales;

    // The decimal route. Most inputs never use it; until they do, clearing and merging skip it.
    private readonly decimal[] exact;
    private bool exactUsed;
    private bool empty = true;

    // Pence in one unit of the last decimal place, by scale.
    private static ReadOnlySpan<long> PenceFactor => [100, 10, 1];

    internal DenseCells(int cellCount)
    {
        counts = new long[cellCount];
        pence = new long[cellCount];
        scales = new byte[cellCount];
        exact = new decimal[cellCount];
    }

    internal override bool IsEmpty => empty;

    internal override void Clear()
    {
        Array.Clear(counts);
        Array.Clear(pence);
        empty = true;
        Array.Clear(scales);
        if (exactUsed)
        {
            Array.Clear(exact);
            exactUsed = false;
        }
    }

    internal override long CountAt(int index) => counts[index];

    internal override decimal CashAt(int index)
    {
        decimal inPence = FromPence(pence[index], scales[index]);
        if (!exactUsed || DecimalBits.IsZero(in exact[index]))
        {
            return inPence;
        }
        return exact[index] + inPence;
    }

    internal override void Count(ReadOnlySpan<int> indexes)
    {
        long[] grid = counts;
        empty &= indexes.IsEmpty;
        unchecked
        {
            foreach (int index in indexes)
            {
                grid[index]++;
            }
        }
    }

    internal override void Uncount(ReadOnlySpan<int> indexes)
    {
        foreach (int index in indexes)
        {
            counts[index]--;
        }
    }

    protected override void AddCount(int index, long count)
    {
        empty = false;
        counts[index] += count;
    }

    internal override void AddCash(int index, in decimal cashGbp)
    {
        empty = false;
        if (!BitConverter.IsLittleEndian || !TryAddPence(index, in cashGbp))
        {
            AddExact(index, cashGbp);
        }
    }

    internal override void NonEmpty(List<int> indexes)
    {
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] != 0)
            {
                indexes.Add(i);
            }
        }
    }

    // Adds everything store (another dense store of the same grid) holds, cell by cell.
    // Every cell, empty or not, without a branch on whether it is: a straight pass the processor streams through,
    // where testing each cell for emptiness cost more (which cells are empty follows no pattern it can predict).
    internal override void Merge(CellStore store)
    {
        var other = (DenseCells)store;
        empty &= other.empty;
        long[] sourceCounts = other.counts;
        long[] sourcePence = other.pence;
        byte[] sourceScales = other.scales;
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] += sourceCounts[i];
            long sum = unchecked(pence[i] + sourcePence[i]);
            if (sum >= 0)
            {
                pence[i] = sum;
                scales[i] = Math.Max(scales[i], sourceScales[i]);
            }
            else
            {
                AddExact(i, FromPence(sourcePence[i], sourceScales[i]));
            }
        }
        if (other.exactUsed)
        {
            for (int i = 0; i < counts.Length; i++)
            {
                if (!DecimalBits.IsZero(in other.exact[i]))
                {
                    AddExact(i, other.exact[i]);
                }
            }
        }
    }

    // A count of pence as a decimal with scale decimal places (0 to 2); the pence are a multiple of 10^(2 - scale).
    private static decimal FromPence(long pence, byte scale)
    {
        long units = scale switch
        {
            0 => pence / 100,
            1 => pence / 10,
            _ => pence,
        };
        return unchecked(new decimal((int)units, (int)(units >> 32), 0, isNegative: false, scale));
    }

    // The integer route for one non-zero amount, given as the two words of its memory (on a little-endian machine, a
    // decimal is the Win32 DECIMAL that interop relies on: a flags word with the sign in bit 31, the scale in bits 16
    // to 23 and every other bit zero, then the high 32 bits of the mantissa, then its low 64 bits). Takes positive
    // amounts with at most two decimal places and a mantissa under 2^40, while the cell's pence do not overflow;
    // false, adding nothing, for anything else.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryAddPence(int index, in decimal cashGbp)
    {
        (ulong flagsAndHigh, ulong low) = DecimalBits.Words(in cashGbp);
        unchecked
        {
            uint flags = (uint)flagsAndHigh;
            if (flags > 0x0002_0000u || ((flagsAndHigh >> 32) | (low >> FastMantissaBits)) != 0)
            {
                return false;
            }
            int scale = (int)(flags >> 16);
            ref long cellPence = ref pence[index];
            long sum = cellPence + ((long)low * PenceFactor[scale]);
            if (sum < 0)
            {
                return false;
            }
            cellPence = sum;
            ref byte cellScale = ref scales[index];
            if (scale > cellScale)
            {
                cellScale = (byte)scale;
            }
            return true;
        }
    }

    private void AddExact(int index, decimal amount)
    {
        exactUsed = true;
        exact[index] += amount;
    }
}
