namespace PolicingModel;

/// <summary>
/// One thing a legal rule or validation found about a record: a stable code, a severity, a plain-English message, and
/// where, as an RFC 6901 JSON Pointer into the JSON form of the record that was checked (<c>/arrests/2/warrant</c>).
/// Rules (<c>WarrantRules.Check</c>) report pointers relative to the record they check (<c>/execution/at</c>);
/// validation of an operation or a document puts the record's own pointer in front, so a client can point at the member.
/// </summary>
/// <remarks>
/// Value equality over all members. Codes never change meaning once shipped; messages may be reworded. Messages never
/// contain personal identifiers.
/// </remarks>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable code, such as <c>PM3001</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What was found, in plain English, naming the rule of law where there is one.</param>
    /// <param name="path">A JSON Pointer to the member concerned (<c>/execution/at</c>); empty for the checked record as a whole.</param>
    /// <exception cref="ArgumentException">A blank code or message, a path that is neither empty nor starts with '/', or an undefined severity.</exception>
    public ValidationProblem(string code, ValidationSeverity severity, string message, string path = "")
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = Preconditions.CheckDefined(severity);
        Message = Preconditions.CheckMessage(message);
        Path = Preconditions.CheckNotNull(path);
        Preconditions.CheckArgument(path.Length == 0 || path[0] == '/', nameof(path), $"{nameof(path)} must be a JSON Pointer: empty, or starting with '/'.");
    }

    /// <summary>The stable code, such as <c>PM3001</c>.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>What was found, in plain English.</summary>
    public string Message { get; }

    /// <summary>A JSON Pointer to the member concerned, relative to the checked record; empty for the record as a whole.</summary>
    public string Path { get; }

    // The same problem seen from a containing record: pointer (such as /warrants/0) goes in front of Path.
    internal ValidationProblem Under(string pointer) => new(Code, Severity, Message, pointer + Path);

    /// <summary>One line, culture-invariant: <c>PM1020 error at /arrests/2/warrant: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string severity = Severity switch
        {
            ValidationSeverity.Error => "error",
            ValidationSeverity.Warning => "warning",
            _ => "information",
        };
        return Path.Length == 0 ? $"{Code} {severity}: {Message}" : $"{Code} {severity} at {Path}: {Message}";
    }
}
