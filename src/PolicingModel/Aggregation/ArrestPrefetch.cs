using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PolicingModel.Aggregation;

// Working out an arrest's codes follows four references (the arrest, its person, its offences, its home area), each a
// likely miss to memory over a large array: a million arrests are some 400 MB spread over the heap. So while one arrest
// is coded, the objects of arrests further on are asked for in stages, each stage reading references the previous one
// brought in: the arrest Far places ahead, its person, offences and outcome Mid places ahead, and the home area and
// first offence Near places ahead. Prefetches are hints: they never fault, and a moved or collected object costs only
// a wasted hint. Without SSE (other processors) nothing is prefetched.
internal static class ArrestPrefetch
{
    private const int Far = 96;
    private const int Mid = 48;
    private const int Near = 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Ahead(ReadOnlySpan<Arrest> arrests, int i)
    {
        if (!Sse.IsSupported)
        {
            return;
        }
        if (i + Far < arrests.Length)
        {
            Hint(arrests[i + Far]);
        }
        if (i + Mid < arrests.Length && arrests[i + Mid] is { } mid)
        {
            Hint(mid.Person);
            Hint(ImmutableCollectionsMarshal.AsArray(mid.Offences.AsImmutableArray()));
            Hint(mid.Outcome);
        }
        if (i + Near < arrests.Length && arrests[i + Near] is { } near)
        {
            Hint(near.Person.HomeArea);
            Hint(near.Offences.AsSpan() is [var first, ..] ? first : null);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Hint(object? value)
    {
        if (value is not null)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.As<RawData>(value).Data));
        }
    }

    // The layout of any object's first field, to take the address of an object's data.
    private sealed class RawData
    {
#pragma warning disable CS0649 // Never assigned: only its address is taken, through Unsafe.As over another object.
        public byte Data;
#pragma warning restore CS0649
    }
}
