using System.Text.Json;

namespace PolicingModel.Serialization;

/// <summary>
/// The one exception thrown when policing JSON cannot be read. <see cref="Exception.Message"/> starts with the JSON path
/// of the offending value, followed by what is wrong in plain terms, for example
/// <c>$.operations[0].arrests[3].person.age: unknown member 'years'; expected 'min' or 'max'.</c>
/// </summary>
/// <remarks>
/// It derives from <see cref="JsonException"/>, so code that already catches System.Text.Json errors keeps working.
/// <see cref="JsonException.Path"/> holds the same path as the message; <see cref="Kind"/> says which rule was broken.
/// </remarks>
public sealed class PolicingJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Which rule was broken.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.arrests[3].person</c>.</param>
    /// <param name="problem">What is wrong, without the path.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    /// <exception cref="ArgumentException">An undefined kind, or a blank path or problem.</exception>
    public PolicingJsonException(PolicingJsonErrorKind kind, string path, string problem, Exception? innerException = null)
        : base($"{Preconditions.CheckNotBlank(path)}: {Preconditions.CheckNotBlank(problem)}", path, lineNumber: null, bytePositionInLine: null, innerException)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Problem = problem;
    }

    /// <summary>Which rule was broken.</summary>
    public PolicingJsonErrorKind Kind { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }

    /// <summary>The JSON path of the offending value (never null).</summary>
    public new string Path => base.Path ?? "$";
}
