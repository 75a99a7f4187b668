namespace PolicingModel.Validation;

/// <summary>One problem found by validation: where (a path such as <c>arrests[2].warrant</c>), a stable code, how serious, and a message.</summary>
/// <remarks>Value equality over all members. Messages never contain personal identifiers.</remarks>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where in the operation, in JSON-path style relative to the operation (camelCase member names).</param>
    /// <param name="code">The stable code, such as <c>PM1010</c>; see <see cref="ValidationCodes"/>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong, for a person.</param>
    /// <exception cref="ArgumentException">Blank text or an undefined severity.</exception>
    public ValidationProblem(string path, string code, ValidationSeverity severity, string message)
    {
        Path = Preconditions.CheckNotBlank(path);
        Code = Preconditions.CheckNotBlank(code);
        Severity = Preconditions.CheckDefined(severity);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>Where in the operation.</summary>
    public string Path { get; }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>One line: <c>PM1010 error at arrests[2].arrestedAt: ...</c>.</summary>
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} at {Path}: {Message}";
}
