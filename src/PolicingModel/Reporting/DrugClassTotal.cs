namespace PolicingModel.Reporting;

/// <summary>Drugs seized of one class (the class on the date of seizure).</summary>
/// <remarks>Value equality over both members. Instances come from <see cref="OperationSummary"/>.</remarks>
public sealed record DrugClassTotal
{
    /// <summary>Creates a class total.</summary>
    /// <param name="class">The class.</param>
    /// <param name="total">The seizures and quantities.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="class"/> is unset or undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
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
