namespace PolicingModel.Validation;

/// <summary>Every problem validation found, in the order found. Validation never throws for bad data: it reports.</summary>
/// <remarks>Value equality over the problem list.</remarks>
public sealed record ValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="problems">The problems found.</param>
    /// <exception cref="ArgumentException">A null problem.</exception>
    public ValidationResult(EquatableArray<ValidationProblem> problems) => Problems = Preconditions.CheckNoNulls(problems);

    /// <summary>Every problem found.</summary>
    public EquatableArray<ValidationProblem> Problems { get; }

    /// <summary>True when there is no <see cref="ValidationSeverity.Error"/> (warnings and information are allowed).</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ValidationSeverity.Error);

    /// <summary>The problems of severity <see cref="ValidationSeverity.Error"/>.</summary>
    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ValidationSeverity.Error);

    /// <summary>The problems of severity <see cref="ValidationSeverity.Warning"/>.</summary>
    public IEnumerable<ValidationProblem> Warnings => Problems.Where(p => p.Severity == ValidationSeverity.Warning);

    /// <summary>One line per problem.</summary>
    public override string ToString() => Problems.IsEmpty ? "valid" : string.Join("\n", Problems);
}
