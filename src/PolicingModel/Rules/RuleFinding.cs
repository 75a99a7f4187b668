namespace PolicingModel.Rules;

/// <summary>
/// One thing a legal rule found about a record: a stable code (see <see cref="RuleCodes"/>), a severity, a
/// plain-English message and the path of the member concerned, relative to the record that was checked.
/// </summary>
/// <remarks>
/// Value equality over all members. Codes never change meaning once shipped; messages may be reworded. Validation turns
/// findings into problems by prefixing <see cref="Path"/> with the path of the checked record.
/// </remarks>
public sealed record RuleFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, such as <c>PM3001</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What was found, in plain English, naming the rule of law.</param>
    /// <param name="path">The member concerned relative to the checked record (for example <c>Execution.At</c>); empty for the record as a whole.</param>
    /// <exception cref="ArgumentException">A blank code or message, a null path, or an undefined severity.</exception>
    public RuleFinding(string code, RuleSeverity severity, string message, string path = "")
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = Preconditions.CheckDefined(severity);
        Message = Preconditions.CheckNotBlank(message);
        Path = Preconditions.CheckNotNull(path);
    }

    /// <summary>The stable code, such as <c>PM3001</c>.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>What was found, in plain English.</summary>
    public string Message { get; }

    /// <summary>The member concerned relative to the checked record; empty for the record as a whole.</summary>
    public string Path { get; }

    /// <summary>Culture-invariant text such as <c>PM3001 Error Execution.At: ...</c>.</summary>
    public override string ToString() => Path.Length == 0 ? $"{Code} {Severity}: {Message}" : $"{Code} {Severity} {Path}: {Message}";
}
