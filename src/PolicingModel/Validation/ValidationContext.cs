namespace PolicingModel.Validation;

/// <summary>Collects problems while a validator walks an operation.</summary>
internal sealed class ValidationContext
{
    private readonly List<ValidationProblem> problems = [];

    internal void Error(string path, string code, string message) => problems.Add(new(path, code, ValidationSeverity.Error, message));

    internal void Warning(string path, string code, string message) => problems.Add(new(path, code, ValidationSeverity.Warning, message));

    internal void Information(string path, string code, string message) => problems.Add(new(path, code, ValidationSeverity.Information, message));

    internal void Add(ValidationProblem problem) => problems.Add(problem);

    internal ValidationResult ToResult() => new(problems.ToEquatableArray());
}
