namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one class (the class on the date of seizure).</summary>
/// <remarks>Value equality over both members. Instances come from <see cref="OperationSummary"/>.</remarks>
public sealed record DrugClassTotal
{
    // Creates a class total.
    // class: The class.
    // total: The seizures and quantities.
    // Throws ArgumentOutOfRangeException when: class is unset or undefined.
    // Throws ArgumentNullException when: total is null.
    internal DrugClassTotal(DrugClass @class, DrugTotal total)
    {
        Class = Preconditions.CheckDefinedNotDefault(@class, nameof(@class));
        Total = Preconditions.CheckNotNull(total);
    }

    /// <summary>The class.</summary>
    public DrugClass Class { get; }

    /// <summary>The seizures and quantities.</summary>
    public DrugTotal Total { get; }
}
