using PolicingModel.Validation;

namespace PolicingModel.IntakeApi;

/// <summary>POST /documents: validates a document the framework has already read, strictly, through the contract.</summary>
internal static class Intake
{
    internal static IResult Accept(PolicingDocument document)
    {
        ValidationResult validation = DocumentValidator.Validate(document);
        if (!validation.IsValid)
        {
            return Results.Problem(
                title: "The document breaks the rules of the model or the law",
                detail: $"{validation.Errors.Count()} error(s); every problem is listed with its code and a JSON Pointer.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "https://policingmodel.example/problems/invalid-document",
                extensions: new Dictionary<string, object?> { ["problems"] = ProblemEntry.From(validation.Problems) });
        }
        return Results.Ok(new AcceptedDocument(
            document.SchemaVersion,
            document.Operations.Length,
            document.Operations.Sum(o => o.Arrests.Length) + document.Arrests.Length,
            ProblemEntry.From(validation.Problems)));
    }
}

/// <summary>What the intake answers for a document it accepts.</summary>
/// <param name="SchemaVersion">The document's schema version.</param>
/// <param name="Operations">How many operations it holds.</param>
/// <param name="Arrests">How many arrests, in operations and outside them.</param>
/// <param name="Problems">Warnings and information found by validation (no errors).</param>
internal sealed record AcceptedDocument(string SchemaVersion, int Operations, int Arrests, ProblemEntry[] Problems);

/// <summary>One validation problem as the intake reports it.</summary>
/// <param name="Code">The stable code, such as PM1020.</param>
/// <param name="Severity">error, warning or information.</param>
/// <param name="Pointer">A JSON Pointer into the posted document.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ProblemEntry(string Code, string Severity, string Pointer, string Message)
{
    internal static ProblemEntry[] From(EquatableArray<ValidationProblem> problems) =>
        [.. problems.Select(p => new ProblemEntry(p.Code, Reference.WireCodes.ToCode(p.Severity), p.Path, p.Message))];
}
