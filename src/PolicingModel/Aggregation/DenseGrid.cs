using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicingModel.Aggregation;

/// <summary>
/// The cells of an <see cref="ArrestBreakdownAccumulator"/> held densely, one slot per cell index: the arrest count and
/// the cash, with the cash kept as whole pence wherever it can be.
/// </summary>
/// <remarks>
/// <para>
/// Why pence: adding two <see cref="decimal"/>s is a call into a general routine that handles any pair of scales,
/// while almost every amount of cash seized is pounds and pence; summing those as a 64-bit count of pence is one
/// integer addition. Each cell therefore holds a count of pence, the largest scale (0, 1 or 2 decimal places) of the
/// amounts that went into it, and a <see cref="decimal"/> for everything else: amounts with more decimal places or of
/// more than about eleven billion pounds, and any addition that would overflow the pence. The cell's cash is the
/// decimal plus the pence written with that scale, which is exactly the decimal sum of the amounts, to the same scale
/// (20000 stays 20000, and 20000 plus 0.50 is 20000.50).
/// </para>
/// <para>
/// The count and the pence share a slot so that adding an arrest with cash touches one cache line. Zero amounts are
/// skipped as they always were (they change neither the sum nor its scale), but without a branch: they add no pence
/// and count as scale 0.
/// </para>
/// </remarks>
internal sealed class DenseGrid
{
    // A mantissa at or above 2^40 (about eleven billion pounds at scale 2) takes the decimal route, so that a cell's
    // pence cannot overflow before 2^23 such amounts have been added to it (and the addition is checked besides).
    private const int FastMantissaBits = 40;

    private readonly Tally[] tallies;
    private readonly byte[] scales;
    private readonly decimal[] exact;

    /// <summary>Pence in one unit of the last decimal place, by scale.</summary>
    private static ReadOnlySpan<long> PenceFactor => [100, 10, 1];

    internal DenseGrid(int cellCount)
    {
        tallies = new Tally[cellCount];
        scales = new byte[cellCount];
        exact = new decimal[cellCount];
    }

    /// <summary>The number of cells.</summary>
    internal int Length => tallies.Length;

    /// <summary>Empties every cell.</summary>
    internal void Clear()
    {
        Array.Clear(tallies);
        Array.Clear(scales);
        Array.Clear(exact);
    }

    /// <summary>The number of arrests in cell <paramref name="index"/>.</summary>
    internal long CountAt(int index) => tallies[index].Count;

    /// <summary>The cash in cell <paramref name="index"/>: the exact decimal sum of the amounts added to it.</summary>
    internal decimal CashAt(int index)
    {
        decimal pence = FromPence(tallies[index].Pence, scales[index]);
        decimal other = exact[index];
        return IsZero(in other) ? pence : other + pence;
    }

    /// <summary>Adds <paramref name="count"/> arrests and a non-negative amount of cash to cell <paramref name="index"/>.</summary>
    internal void Add(int index, long count, decimal cashGbp)
    {
        tallies[index].Count += count;
        AddCash(index, cashGbp);
    }

    /// <summary>Adds one arrest to each cell in <paramref name="indexes"/>.</summary>
    internal void Count(ReadOnlySpan<ulong> indexes)
    {
        Tally[] grid = tallies;
        foreach (ulong index in indexes)
        {
            grid[(int)index].Count++;
        }
    }

    /// <summary>
    /// Adds one arrest and its cash to each cell in <paramref name="indexes"/>: <c>cashGbp[i]</c> to cell
    /// <c>indexes[i]</c>. Stops at the first negative amount, having added everything before it, and returns its
    /// position; returns the length when there is none.
    /// </summary>
    internal int Count(ReadOnlySpan<ulong> indexes, ReadOnlySpan<decimal> cashGbp)
    {
        Tally[] grid = tallies;
        if (!BitConverter.IsLittleEndian)
        {
            for (int i = 0; i < indexes.Length; i++)
            {
                int index = (int)indexes[i];
                if (!TryAddCashSlowly(index, cashGbp[i]))
                {
                    return i;
                }
                grid[index].Count++;
            }
            return indexes.Length;
        }
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<decimal, ulong>(cashGbp);
        unchecked
        {
            for (int i = 0; i < indexes.Length; i++)
            {
                int index = (int)indexes[i];
                ref Tally tally = ref grid[index];
                if (!TryAddPence(index, ref tally, words[2 * i], words[(2 * i) + 1]) && !TryAddCashSlowly(index, cashGbp[i]))
                {
                    return i;
                }
                tally.Count++;
            }
        }
        return indexes.Length;
    }

    /// <summary>Adds everything <paramref name="other"/> holds, cell by cell.</summary>
    internal void Merge(DenseGrid other)
    {
        Tally[] source = other.tallies;
        for (int i = 0; i < tallies.Length; i++)
        {
            Tally from = source[i];
            if (from.Count == 0)
            {
                continue;
            }
            ref Tally to = ref tallies[i];
            to.Count += from.Count;
            long pence = unchecked(to.Pence + from.Pence);
            if (pence >= 0)
            {
                to.Pence = pence;
                scales[i] = Math.Max(scales[i], other.scales[i]);
            }
            else
            {
                AddExact(i, FromPence(from.Pence, other.scales[i]));
            }
            decimal otherExact = other.exact[i];
            if (!IsZero(in otherExact))
            {
                AddExact(i, otherExact);
            }
        }
    }

    /// <summary>True when <paramref name="amount"/> is zero, whatever its sign and scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsZero(in decimal amount)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return amount == 0m;
        }
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<decimal, ulong>(new ReadOnlySpan<decimal>(in amount));
        return ((words[0] >> 32) | words[1]) == 0;
    }

    /// <summary>A count of pence as a decimal with <paramref name="scale"/> decimal places (0 to 2); the pence are a multiple of 10^(2 - scale).</summary>
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

    private void AddCash(int index, decimal cashGbp)
    {
        if (BitConverter.IsLittleEndian)
        {
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<decimal, ulong>(new ReadOnlySpan<decimal>(in cashGbp));
            if (TryAddPence(index, ref tallies[index], words[0], words[1]))
            {
                return;
            }
        }
        if (!IsZero(in cashGbp))
        {
            AddExact(index, cashGbp);
        }
    }

    /// <summary>
    /// The integer route for one amount, given as the two words of its memory (on a little-endian machine, a decimal
    /// is the Win32 DECIMAL that interop relies on: a flags word with the sign in bit 31, the scale in bits 16 to 23 and
    /// every other bit zero, then the high 32 bits of the mantissa, then its low 64 bits). Takes amounts that are
    /// positive or zero, with at most two decimal places and a mantissa under 2^40, while the cell's pence do not
    /// overflow; false, adding nothing, for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryAddPence(int index, ref Tally tally, ulong flagsAndHigh, ulong low)
    {
        unchecked
        {
            uint flags = (uint)flagsAndHigh;
            if (flags > 0x0002_0000u || ((flagsAndHigh >> 32) | (low >> FastMantissaBits)) != 0)
            {
                return false;
            }
            int scale = (int)(flags >> 16);
            long pence = tally.Pence + ((long)low * PenceFactor[scale]);
            if (pence < 0)
            {
                return false;
            }
            tally.Pence = pence;

            // The scale of a zero amount does not count (0.00 added to 5 leaves 5); worked out without a branch, because
            // whether an arrest has cash is as good as random and a mispredicted branch per arrest costs more than this.
            int nonZero = (int)((low | (0UL - low)) >> 63);
            ref byte cellScale = ref scales[index];
            cellScale = (byte)Math.Max(cellScale, scale * nonZero);
            return true;
        }
    }

    /// <summary>The decimal route for one amount: false, adding nothing, when it is negative.</summary>
    private bool TryAddCashSlowly(int index, decimal cashGbp)
    {
        if (IsZero(in cashGbp))
        {
            return true;
        }
        if (decimal.IsNegative(cashGbp))
        {
            return false;
        }
        AddExact(index, cashGbp);
        return true;
    }

    private void AddExact(int index, decimal amount) => exact[index] += amount;

    /// <summary>A cell's arrest count and its cash in pence (see the remarks on <see cref="DenseGrid"/>).</summary>
    private struct Tally
    {
        public long Count;
        public long Pence;
    }
}
