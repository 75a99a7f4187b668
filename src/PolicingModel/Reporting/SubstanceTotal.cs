namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one identified substance.</summary>
/// <remarks>Value equality over both members. Instances come from <see cref="OperationSummary"/>.</remarks>
public sealed record SubstanceTotal
{
    // Creates a substance total.
    // substance: The substance.
    // total: The seizures and quantities.
    // Throws ArgumentNullException when: An argument is null.
    internal SubstanceTotal(Substance substance, DrugTotal total)
    {
        Substance = Preconditions.CheckNotNull(substance);
        Total = Preconditions.CheckNotNull(total);
    }

    /// <summary>The substance.</summary>
    public Substance Substance { get; }

    /// <summary>The seizures and quantities.</summary>
    public DrugTotal Total { get; }
}
