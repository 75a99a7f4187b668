using System.Globalization;

namespace PolicingModel.Aggregation;

/// <summary>One cell of an <see cref="ArrestBreakdown"/>: its key, the number of arrests, and the cash seized on them in pounds sterling.</summary>
/// <remarks>
/// Equality compares the key, the count and the cash (numerically: 20000 equals 20000.00). The default value is an
/// empty <see cref="ArrestBreakdownKey.Total"/> cell.
/// </remarks>
public readonly record struct ArrestBreakdownCell
{
    internal ArrestBreakdownCell(ArrestBreakdownKey key, long count, decimal cashGbp)
    {
        Key = key;
        Count = count;
        CashGbp = cashGbp;
    }

    /// <summary>The cell's key.</summary>
    public ArrestBreakdownKey Key { get; }

    /// <summary>The number of arrests in the cell.</summary>
    public long Count { get; }

    /// <summary>The cash seized on those arrests, in pounds sterling (amounts are summed as stated, whatever their precision).</summary>
    public decimal CashGbp { get; }

    /// <summary>Culture-invariant text such as <c>{ OffenceGroup = Drugs } 12 arrests, GBP 20000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key} {Count} arrests, GBP {CashGbp}");
}
