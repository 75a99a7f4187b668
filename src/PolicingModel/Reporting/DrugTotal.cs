namespace PolicingModel.Reporting;

/// <summary>
/// Drugs seized of one class or one substance: how many seizures, and the quantities reported, one total per unit
/// dimension (mass, volume, wraps, plants, tablets, items), because grams and wraps never add up.
/// </summary>
/// <remarks>Value equality over all members, including the quantities.</remarks>
public sealed record DrugTotal
{
    /// <summary>Creates a total.</summary>
    /// <param name="seizures">How many seizures it covers, at least one.</param>
    /// <param name="quantities">The quantities reported, at most one per <see cref="QuantityDimension"/>, in dimension order; empty when no quantity was reported.</param>
    /// <exception cref="ArgumentException">No seizures, or two quantities of one dimension.</exception>
    public DrugTotal(int seizures, EquatableArray<Quantity> quantities = default)
    {
        Seizures = seizures > 0 ? seizures : throw new ArgumentOutOfRangeException(nameof(seizures), seizures, $"{nameof(seizures)} must be greater than zero.");
        if (quantities.Select(q => q.Dimension).Distinct().Count() != quantities.Length)
        {
            throw new ArgumentException($"{nameof(quantities)} must hold at most one quantity per dimension.", nameof(quantities));
        }
        Quantities = quantities;
    }

    /// <summary>How many seizures it covers.</summary>
    public int Seizures { get; }

    /// <summary>The quantities, one per dimension, in dimension order.</summary>
    public EquatableArray<Quantity> Quantities { get; }

    /// <summary>The quantity of <paramref name="dimension"/>, or null when none was reported.</summary>
    /// <param name="dimension">The dimension.</param>
    public Quantity? QuantityOf(QuantityDimension dimension)
    {
        foreach (Quantity quantity in Quantities)
        {
            if (quantity.Dimension == dimension)
            {
                return quantity;
            }
        }
        return null;
    }

    /// <summary>This total plus another: seizures added (at most <see cref="int.MaxValue"/>), quantities added per dimension (precision combined, capped as <see cref="Quantity.Add"/> says).</summary>
    /// <param name="other">The other total.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public DrugTotal Add(DrugTotal other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DrugTotal((int)Math.Min(int.MaxValue, (long)Seizures + other.Seizures), SumByDimension(Quantities.Concat(other.Quantities)));
    }

    internal static EquatableArray<Quantity> SumByDimension(IEnumerable<Quantity> quantities) =>
        quantities
            .GroupBy(q => q.Dimension)
            .OrderBy(g => g.Key)
            .Select(g => g.Aggregate((a, b) => a.Add(b)))
            .ToEquatableArray();
}
