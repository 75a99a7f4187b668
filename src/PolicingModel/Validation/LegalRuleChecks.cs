using PolicingModel.Rules;

namespace PolicingModel.Validation;

/// <summary>Runs the legal rules of the Rules namespace on every arrest and warrant, turning findings into problems.</summary>
internal sealed class LegalRuleChecks : IOperationRule
{
    public void Check(Operation operation, ValidationContext context)
    {
        for (int i = 0; i < operation.Arrests.Length; i++)
        {
            AddAll(context, $"arrests[{i}]", ArrestRules.Check(operation.Arrests[i]));
        }
        for (int i = 0; i < operation.Warrants.Length; i++)
        {
            AddAll(context, $"warrants[{i}]", WarrantRules.Check(operation.Warrants[i]));
        }
    }

    internal static void AddAll(ValidationContext context, string parent, EquatableArray<RuleFinding> findings)
    {
        foreach (RuleFinding finding in findings)
        {
            string path = finding.Path.Length == 0 ? parent : parent + "." + CamelCasePath(finding.Path);
            ValidationSeverity severity = finding.Severity switch
            {
                RuleSeverity.Error => ValidationSeverity.Error,
                RuleSeverity.Warning => ValidationSeverity.Warning,
                _ => ValidationSeverity.Information,
            };
            context.Add(new ValidationProblem(path, finding.Code, severity, finding.Message));
        }
    }

    /// <summary>Rule findings name C# members (<c>Execution.At</c>); problems use the JSON member names (<c>execution.at</c>).</summary>
    internal static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
