namespace PolicingModel.Validation;

// Collects problems while a validator walks a record; paths are JSON Pointers from the validated record.
internal sealed class ValidationContext
{
    private readonly List<ValidationProblem> problems = [];

    internal void Error(string path, string code, string message) => problems.Add(new(code, ValidationSeverity.Error, message, path));

    internal void Warning(string path, string code, string message) => problems.Add(new(code, ValidationSeverity.Warning, message, path));

    // Adds what a rule found about the record at pointer, whose paths are relative to that record.
    internal void AddAll(string pointer, EquatableArray<ValidationProblem> found)
    {
        foreach (ValidationProblem problem in found)
        {
            problems.Add(problem.Under(pointer));
        }
    }

    internal ValidationResult ToResult() => new(problems.ToEquatableArray());
}
