namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one identified substance.</summary>
/// <remarks>Value equality over both members.</remarks>
/// <param name="Substance">The substance.</param>
/// <param name="Total">The seizures and quantities.</param>
public readonly record struct SubstanceTotal(Substance Substance, DrugTotal Total);
