using System.Runtime.CompilerServices;

namespace PolicingModel;

// Builds the message of Preconditions.CheckArgument only when
// the check fails. Messages name enum values ($"... precision {PlacePrecision.Locality}."); formatting them on
// every successful construction cost more than the construction itself when reading millions of records.
[InterpolatedStringHandler]
internal ref struct ArgumentMessageHandler
{
    private DefaultInterpolatedStringHandler inner;

    // Starts a message that is built only when condition is false.
    public ArgumentMessageHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    internal string ToStringAndClear() => inner.ToStringAndClear();
}
