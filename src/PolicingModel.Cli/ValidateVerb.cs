using PolicingModel.Serialization;
using PolicingModel.Validation;

namespace PolicingModel.Cli;

/// <summary><c>validate &lt;file&gt;</c>: strict reading, then <see cref="DocumentValidator"/>; every problem on its own line.</summary>
internal static class ValidateVerb
{
    internal static int Run(string file, TextWriter output, TextWriter error)
    {
        if (DocumentFile.Read(file, output, error) is not { } document)
        {
            return Verbs.Problems;
        }
        ValidationResult result = DocumentValidator.Validate(document);
        foreach (ValidationProblem problem in result.Problems)
        {
            output.WriteLine(problem);
        }
        int errors = result.Errors.Count();
        int warnings = result.Warnings.Count();
        int notes = result.Problems.Length - errors - warnings;
        int arrests = document.Operations.Sum(o => o.Arrests.Length) + document.Arrests.Length;
        output.WriteLine(
            $"{file}: {(result.IsValid ? "valid" : "invalid")}: {errors} error(s), {warnings} warning(s), {notes} note(s) " +
            $"in {document.Operations.Length} operation(s) and {arrests} itemised arrest(s)");
        return result.IsValid ? Verbs.Ok : Verbs.Problems;
    }
}
