using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization;

/// <summary>
/// Reads and writes the policing JSON contract. Every read is strict unless <see cref="PolicingJsonReading.Lenient"/> is
/// passed, and every read error is a <see cref="PolicingJsonException"/> carrying the JSON path. Streams are always
/// supplied by the caller: the library opens no file and never disposes a stream it was given.
/// </summary>
/// <remarks>Thread-safe: the options are created once and are read-only.</remarks>
public static partial class PolicingJson
{
    /// <summary>The deepest nesting a document may have; deeper documents are rejected as <see cref="PolicingJsonErrorKind.TooDeep"/>.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The strict options (the default for every method here): metadata for the contract's types only, from
    /// <see cref="TypeInfoResolver"/>. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create(PolicingJsonReading.Strict);

    /// <summary>The lenient options: unknown members skipped, last duplicate wins. Read-only.</summary>
    public static JsonSerializerOptions LenientOptions { get; } = Create(PolicingJsonReading.Lenient);

    /// <summary>
    /// The metadata of every type of the contract (documents, operations, arrests, seizures, … and their values), for
    /// any <see cref="JsonSerializerOptions"/>, read strictly; null for every other type. Put it in a caller's
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> beside their own source-generated context: it changes
    /// nothing for their types, and their settings (naming, number handling, case-insensitive members) change nothing
    /// for the contract. No reflection: safe under trimming and Native AOT.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Converters.PolicingConverters.Strict.Resolver;

    /// <summary>As <see cref="TypeInfoResolver"/>, reading leniently: unknown members skipped, last duplicate wins.</summary>
    public static IJsonTypeInfoResolver LenientTypeInfoResolver => Converters.PolicingConverters.Lenient.Resolver;

    private static JsonSerializerOptions Create(PolicingJsonReading reading)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = Converters.PolicingConverters.For(reading).Resolver,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The options for <paramref name="reading"/>.</summary>
    /// <param name="reading">Strict or lenient.</param>
    public static JsonSerializerOptions OptionsFor(PolicingJsonReading reading) => reading == PolicingJsonReading.Lenient ? LenientOptions : Options;

    /// <summary>The contract metadata for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A serialisable model type, such as <see cref="Arrest"/> or <see cref="PolicingDocument"/>.</typeparam>
    /// <param name="reading">Strict or lenient.</param>
    /// <exception cref="NotSupportedException">The type is not part of the contract.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(PolicingJsonReading reading = PolicingJsonReading.Strict) =>
        (JsonTypeInfo<T>)OptionsFor(reading).GetTypeInfo(typeof(T));

    /// <summary>Reads a document, checking its schema version first (wherever the member stands).</summary>
    /// <param name="utf8">The document as UTF-8.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <exception cref="PolicingJsonException">The document is malformed, breaks the contract, or has an unsupported schema version.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static PolicingDocument ReadDocument(ReadOnlySpan<byte> utf8, PolicingJsonReading reading = PolicingJsonReading.Strict) =>
        Read<PolicingDocument>(utf8, reading);

    /// <summary>Reads a document from a stream the caller owns (left open). The document is buffered; for very large collections use the streaming readers.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <exception cref="PolicingJsonException">The document is malformed, breaks the contract, or has an unsupported schema version.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static PolicingDocument ReadDocument(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict) =>
        ReadDocument(utf8Json, PolicingJsonLimits.Default, reading);

    /// <summary>Reads a document from a stream the caller owns (left open), buffering at most <see cref="PolicingJsonLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="limits">The largest document to buffer.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="PolicingJsonException">The document is larger than the limit (<see cref="PolicingJsonErrorKind.TooLarge"/>), malformed, breaks the contract, or has an unsupported schema version.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static PolicingDocument ReadDocument(Stream utf8Json, PolicingJsonLimits limits, PolicingJsonReading reading = PolicingJsonReading.Strict)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = new ArrayBufferWriter<byte>();
        int read;
        do
        {
            Span<byte> target = buffer.GetSpan(64 * 1024);
            read = utf8Json.Read(target);
            buffer.Advance(read);
            if (buffer.WrittenCount > limits.MaxDocumentBytes)
            {
                throw limits.DocumentTooLarge();
            }
        }
        while (read > 0);
        return ReadDocument(buffer.WrittenSpan, reading);
    }

    /// <summary>Reads a document asynchronously from a stream the caller owns (left open).</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="PolicingJsonException">The document is malformed, breaks the contract, or has an unsupported schema version, or is larger than <see cref="PolicingJsonLimits.DefaultMaxDocumentBytes"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static Task<PolicingDocument> ReadDocumentAsync(Stream utf8Json, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default) =>
        ReadDocumentAsync(utf8Json, PolicingJsonLimits.Default, reading, cancellationToken);

    /// <summary>Reads a document asynchronously from a stream the caller owns (left open), buffering at most <see cref="PolicingJsonLimits.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="limits">The largest document to buffer.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="PolicingJsonException">The document is larger than the limit (<see cref="PolicingJsonErrorKind.TooLarge"/>), malformed, breaks the contract, or has an unsupported schema version.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The limits are a setting of their own, passed first; the overload without them reads with PolicingJsonLimits.Default.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload without limits reads with PolicingJsonLimits.Default.")]
    public static async Task<PolicingDocument> ReadDocumentAsync(Stream utf8Json, PolicingJsonLimits limits, PolicingJsonReading reading = PolicingJsonReading.Strict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        var buffer = new ArrayBufferWriter<byte>();
        int read;
        do
        {
            read = await utf8Json.ReadAsync(buffer.GetMemory(64 * 1024), cancellationToken).ConfigureAwait(false);
            buffer.Advance(read);
            if (buffer.WrittenCount > limits.MaxDocumentBytes)
            {
                throw limits.DocumentTooLarge();
            }
        }
        while (read > 0);
        return ReadDocument(buffer.WrittenSpan, reading);
    }

    /// <summary>Reads one value of a contract type, such as a single <see cref="Arrest"/>.</summary>
    /// <typeparam name="T">A serialisable model type.</typeparam>
    /// <param name="utf8">The JSON as UTF-8.</param>
    /// <param name="reading">Strict (the default) or lenient.</param>
    /// <exception cref="PolicingJsonException">The JSON is malformed or breaks the contract (including a top-level null).</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8, PolicingJsonReading reading = PolicingJsonReading.Strict)
        where T : notnull => Read(utf8, TypeInfo<T>(reading), "");

    internal static T Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, string pointer)
        where T : notnull
    {
        T? value;
        // A UTF-8 byte order mark is allowed at the start, by every entry point alike.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }
        try
        {
            value = JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (PolicingJsonException e)
        {
            throw e.At(pointer + JsonPointer.FromJsonPath(e.Path));
        }
        catch (JsonException e)
        {
            // Found by System.Text.Json outside the contract's converters: malformed JSON around the value (empty
            // input, trailing content). Everything inside the value is the converters' own report.
            throw Converters.ReadError.Syntax(e).At(pointer + JsonPointer.FromJsonPath(e.Path));
        }
        return value ?? throw new PolicingJsonException(PolicingJsonErrorKind.NullNotAllowed, pointer, $"expected {typeof(T).Name} object, but found null.");
    }

    /// <summary>Writes a document as compact UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    public static byte[] WriteToUtf8Bytes(PolicingDocument document) => Write<PolicingDocument>(document);

    /// <summary>Writes one value of a contract type as compact UTF-8 JSON.</summary>
    /// <typeparam name="T">A serialisable model type.</typeparam>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (the contract has no null record, so the reader could not read it back).</exception>
    public static byte[] Write<T>(T value)
        where T : notnull
    {
        CheckNotNull(value);
        return JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
    }

    /// <summary>Writes one value of a contract type as a string, optionally indented for people to read.</summary>
    /// <typeparam name="T">A serialisable model type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">True for two-space indentation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string WriteToString<T>(T value, bool indented = false)
        where T : notnull
    {
        CheckNotNull(value);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Options.Encoder, MaxDepth = MaxDepth }))
        {
            Write(writer, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one value of a contract type to a caller-supplied writer.</summary>
    /// <typeparam name="T">A serialisable model type.</typeparam>
    /// <param name="writer">The writer (not flushed or disposed).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write<T>(Utf8JsonWriter writer, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(writer);
        CheckNotNull(value);
        JsonSerializer.Serialize(writer, value, TypeInfo<T>());
    }

    /// <summary>Writes a document to a caller-supplied stream (left open).</summary>
    /// <param name="utf8Json">A writable stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="document"/> is null.</exception>
    public static Task WriteAsync(Stream utf8Json, PolicingDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.SerializeAsync(utf8Json, document, TypeInfo<PolicingDocument>(), cancellationToken);
    }

    // A null would be written as JSON null, which no reader of the contract accepts: the library never writes what it
    // cannot read.
    private static void CheckNotNull<T>(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), "value is required: the contract has no null record, so JSON null could not be read back.");
        }
    }
}
