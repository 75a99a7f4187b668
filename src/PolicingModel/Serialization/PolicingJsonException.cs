using System.Text.Json;

namespace PolicingModel.Serialization;

/// <summary>
/// The one exception thrown when policing JSON cannot be read, by every entry point: <see cref="PolicingJson"/>'s
/// methods, <see cref="JsonSerializer"/> with <see cref="PolicingJson.Options"/> or <see cref="PolicingJson.TypeInfo{T}"/>,
/// options configured by <see cref="PolicingJsonOptions.ConfigureForPolicingModel"/>, and the web frameworks that read
/// through them. <see cref="Kind"/> says which rule was broken, <see cref="Pointer"/> where, and
/// <see cref="Exception.Message"/> is the pointer followed by the problem, for example
/// <c>/operations/0/arrests/3/person/age: unknown member 'years'; expected 'min' or 'max'.</c>
/// </summary>
/// <remarks>
/// It derives from <see cref="JsonException"/>, so code (and frameworks such as ASP.NET Core, which answer 400) that
/// already handle System.Text.Json errors keep working. Errors are classified where they are detected, by the
/// library's own converters; no message text of another library is ever parsed. Messages never quote personal data.
/// </remarks>
public sealed class PolicingJsonException : JsonException
{
    // The pointer inside the value a converter was reading; the pointer of that value comes from rootPointer when an
    // entry point of the library set it, else from the JSON path System.Text.Json filled in when it caught this.
    private readonly string relativePointer;
    private readonly string? rootPointer;

    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Which rule was broken.</param>
    /// <param name="pointer">An RFC 6901 JSON Pointer to the offending value, such as <c>/arrests/3/person</c>; empty for the whole document.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentException">An undefined kind, a blank problem, or a pointer that is neither empty nor starts with '/'.</exception>
    public PolicingJsonException(PolicingJsonErrorKind kind, string pointer, string problem, Exception? innerException = null)
        : this(kind, problem, JsonPointer.Check(pointer), innerException, rootPointer: "")
    {
    }

    private PolicingJsonException(PolicingJsonErrorKind kind, string problem, string relativePointer, Exception? innerException, string? rootPointer)
        : base(Preconditions.CheckMessage(problem), innerException)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Problem = problem;
        this.relativePointer = relativePointer;
        this.rootPointer = rootPointer;
    }

    /// <summary>Which rule was broken.</summary>
    public PolicingJsonErrorKind Kind { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>An RFC 6901 JSON Pointer to the offending value from the root of what was read (empty for the root itself).</summary>
    public string Pointer => (rootPointer ?? JsonPointer.FromJsonPath(Path)) + relativePointer;

    /// <summary>The pointer and the problem: <c>/arrests/3/arrestedAt: expected an ISO-8601 instant …</c>.</summary>
    public override string Message => Pointer.Length == 0 ? Problem : $"{Pointer}: {Problem}";

    // Raised by a converter: the location inside the value it reads (System.Text.Json, or an entry point, adds the rest).
    internal static PolicingJsonException Inside(PolicingJsonErrorKind kind, string problem, string relativePointer = "", Exception? innerException = null) =>
        new(kind, problem, relativePointer, innerException, rootPointer: null);

    // The same error seen from the value that contains it: pointer (such as "/person") goes in front.
    internal PolicingJsonException Under(string pointer) =>
        rootPointer is null ? new(Kind, Problem, pointer + relativePointer, InnerException, rootPointer: null) : this;

    // The same error without the exception that caused it (whose text may quote what was read).
    internal PolicingJsonException WithoutInner() => new(Kind, Problem, relativePointer, null, rootPointer);

    // The same error with the location of the value it was found in fixed by an entry point of the library.
    internal PolicingJsonException At(string pointer) =>
        rootPointer is null ? new(Kind, Problem, relativePointer, InnerException, pointer) : this;
}
