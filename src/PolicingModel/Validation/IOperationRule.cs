namespace PolicingModel.Validation;

/// <summary>A check that adds problems about an operation; the legal rules plug in here.</summary>
internal interface IOperationRule
{
    void Check(Operation operation, ValidationContext context);
}
