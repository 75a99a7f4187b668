namespace PolicingModel;

/// <summary>
/// Controlled drugs seized: the substance where known, the class where stated, and the quantity where reported.
/// "Class A and B drugs found" with no detail is two seizures with a stated class each and no quantity.
/// </summary>
/// <remarks>Whether a stated class matches the substance on the date of the seizure is checked by validation.</remarks>
public sealed record DrugsSeized : SeizedItem
{
    /// <summary>Creates a drug seizure.</summary>
    /// <param name="substance">The substance, if identified.</param>
    /// <param name="statedClass">The class the source states (required when the substance is unknown).</param>
    /// <param name="quantity">How much, if reported.</param>
    /// <exception cref="ArgumentException">Neither substance nor class is given, or the class is undefined.</exception>
    public DrugsSeized(Substance? substance = null, DrugClass? statedClass = null, Quantity? quantity = null)
    {
        Preconditions.CheckArgument(
            substance is not null || statedClass is not null,
            nameof(statedClass),
            $"{nameof(statedClass)} is required when {nameof(substance)} is null: a drug seizure names its substance, or, when the substance is unknown, the class the source states.");
        if (statedClass is { } c)
        {
            Preconditions.CheckDefinedNotDefault(c, nameof(statedClass));
        }
        if (quantity is { } q)
        {
            Preconditions.CheckArgument(q.Unit != QuantityUnit.None, nameof(quantity), $"{nameof(quantity)} must have a unit.");
        }
        Substance = substance;
        StatedClass = statedClass;
        Quantity = quantity;
    }

    /// <summary>The substance, if identified.</summary>
    public Substance? Substance { get; }

    /// <summary>The class the source states, if any.</summary>
    public DrugClass? StatedClass { get; }

    /// <summary>How much, if reported.</summary>
    public Quantity? Quantity { get; }

    /// <summary>The class on <paramref name="date"/>: the stated class, or else the substance's class then (null if not controlled).</summary>
    /// <param name="date">The date of the seizure.</param>
    public DrugClass? ClassOn(LocalDate date) => StatedClass ?? Substance?.ClassOn(date);

    /// <summary>A seizure of a named drug in one line: <c>DrugsSeized.Of(Substances.CrackCocaine, 90, QuantityUnit.Wraps)</c>.</summary>
    /// <param name="substance">The substance.</param>
    /// <param name="value">How much (see <see cref="PolicingModel.Quantity"/>).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="precision">How exact the amount is.</param>
    public static DrugsSeized Of(Substance substance, decimal value, QuantityUnit unit, Precision precision = Precision.Exact) =>
        new(Preconditions.CheckNotNull(substance), quantity: new Quantity(value, unit, precision));
}
