// A deliberately broken pair of layers for ArchitectureTest.An_upward_reference_is_caught: Low must not use High, and
// does twice — once in a field's type, once only inside a method body (which no using line or signature would show).
namespace PolicingModel.Tests.Conventions.ArchitectureFixture.Low
{
    internal sealed class Record
    {
        internal High.Breakdown? Cached = null;
    }

    internal static class Summing
    {
        internal static int Count() => new High.Breakdown().Cells;
    }
}

namespace PolicingModel.Tests.Conventions.ArchitectureFixture.High
{
    internal sealed class Breakdown
    {
        internal int Cells = 1;

        internal static Low.Record Make() => new();
    }
}
