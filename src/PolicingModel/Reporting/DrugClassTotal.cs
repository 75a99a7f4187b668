namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one class (the class on the date of seizure).</summary>
/// <remarks>Value equality over both members.</remarks>
/// <param name="Class">The class.</param>
/// <param name="Total">The seizures and quantities.</param>
public readonly record struct DrugClassTotal(DrugClass Class, DrugTotal Total);
