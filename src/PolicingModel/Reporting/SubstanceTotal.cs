namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one identified substance.</summary>
/// <remarks>Value equality over both members. Instances come from <see cref="OperationSummary"/>.</remarks>
public sealed record SubstanceTotal
{
    /// <summary>Creates a substance total.</summary>
    /// <param name="substance">The substance.</param>
    /// <param name="total">The seizures and quantities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
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
