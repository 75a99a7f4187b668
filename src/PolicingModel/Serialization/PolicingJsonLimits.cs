using System.Globalization;

namespace PolicingModel.Serialization;

/// <summary>
/// How much the readers take from a stream before refusing it: the largest element of a streamed array or line of
/// JSON Lines, and the largest whole document read from a stream. Past a limit the reader stops at once with a
/// <see cref="PolicingJsonException"/> of kind <see cref="PolicingJsonErrorKind.TooLarge"/>, having buffered no more
/// than the limit. The defaults (<see cref="Default"/>) are far above any real record or document; raise them for
/// larger inputs.
/// </summary>
/// <remarks>
/// Strings have their own limit, which is the model's and not a reader setting: free text is at most 4,000
/// characters (ids 128), refused as <see cref="PolicingJsonErrorKind.InvalidValue"/>.
/// </remarks>
public sealed class PolicingJsonLimits
{
    /// <summary>The default largest element: 16 MiB.</summary>
    public const int DefaultMaxElementBytes = 16 * 1024 * 1024;

    /// <summary>The default largest document read whole from a stream: 256 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>Creates limits.</summary>
    /// <param name="maxElementBytes">The largest element of a streamed array or line of JSON Lines, in bytes: 1 KiB to 1 GiB.</param>
    /// <param name="maxDocumentBytes">The largest document read whole from a stream, in bytes: 1 KiB to 2 GiB − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit outside its range.</exception>
    public PolicingJsonLimits(int maxElementBytes = DefaultMaxElementBytes, long maxDocumentBytes = DefaultMaxDocumentBytes)
    {
        MaxElementBytes = Preconditions.CheckRange(maxElementBytes, 1024, 1 << 30);
        if (maxDocumentBytes is < 1024 or > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDocumentBytes), maxDocumentBytes, string.Create(CultureInfo.InvariantCulture, $"{nameof(maxDocumentBytes)} must be between 1024 and {int.MaxValue}; it was {maxDocumentBytes}."));
        }
        MaxDocumentBytes = maxDocumentBytes;
    }

    /// <summary>The defaults: elements up to 16 MiB, documents up to 256 MiB.</summary>
    public static PolicingJsonLimits Default { get; } = new();

    /// <summary>The largest element of a streamed array or line of JSON Lines, in bytes.</summary>
    public int MaxElementBytes { get; }

    /// <summary>The largest document read whole from a stream, in bytes.</summary>
    public long MaxDocumentBytes { get; }

    internal PolicingJsonException ElementTooLarge(long index) => new(
        PolicingJsonErrorKind.TooLarge,
        "/" + index.ToString(CultureInfo.InvariantCulture),
        string.Create(CultureInfo.InvariantCulture, $"the element is larger than the limit of {MaxElementBytes} bytes (PolicingJsonLimits.MaxElementBytes)."));

    internal PolicingJsonException DocumentTooLarge() => new(
        PolicingJsonErrorKind.TooLarge,
        "",
        string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {MaxDocumentBytes} bytes (PolicingJsonLimits.MaxDocumentBytes)."));
}
