namespace PolicingModel.Validation;

/// <summary>
/// Validates a whole <see cref="PolicingDocument"/>: every operation as <see cref="OperationValidator"/> does, and the
/// arrests recorded outside an operation with the checks that need no operation (unique ids, the legal rules, the
/// date of birth against the age, the reference data). Paths are JSON Pointers into the document, such as
/// <c>/operations/1/arrests/2/warrant</c> or <c>/arrests/0/offences/0/drugClass</c>. It never throws for bad data.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Validates a document.</summary>
    /// <param name="document">The document, as read from JSON or built in code.</param>
    /// <returns>Every problem found, operations first, in document order; <see cref="ValidationResult.IsValid"/> when there is no error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ValidationResult Validate(PolicingDocument document)
    {
        Preconditions.CheckNotNull(document);
        var context = new ValidationContext();
        for (int i = 0; i < document.Operations.Length; i++)
        {
            context.AddAll($"/operations/{i}", OperationValidator.Validate(document.Operations[i]).Problems);
        }
        var ids = new HashSet<ArrestId>();
        for (int i = 0; i < document.Arrests.Length; i++)
        {
            Arrest arrest = document.Arrests[i];
            string path = $"/arrests/{i}";
            if (!ids.Add(arrest.Id))
            {
                context.Error($"{path}/id", ValidationCodes.DuplicateArrestId, $"The arrest id '{arrest.Id.Value}' is used more than once among the arrests outside an operation.");
            }
            ArrestChecks.Check(context, path, arrest);
        }
        return context.ToResult();
    }
}
