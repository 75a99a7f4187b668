namespace PolicingModel.Validation;

/// <summary>The legal-rule checks run after the consistency checks, in order.</summary>
internal static class OperationRules
{
    internal static readonly IOperationRule[] All = [new LegalRuleChecks(), new ReferenceConsistencyChecks()];
}
