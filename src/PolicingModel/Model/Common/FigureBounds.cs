namespace PolicingModel;

// Interval arithmetic behind the sums of hedged figures. Each precision is an interval of possible true values
// (exact [v, v]; approximate ≈v; at least [v, ∞); more than (v, ∞); up to [0, v]; fewer than [0, v); range [a, b];
// unquantified [0, ∞)). A sum adds the lower ends and the upper ends, and is then stated in the strongest form that
// the interval allows, so nothing vague becomes exact:
// - a point: exact, or approximate (estimated when every approximate part was estimated) if any part was;
// - [0, b]: up to b (fewer than b when the end is open);
// - [a, b]: between a and b (ends taken as included);
// - [a, ∞): at least a, or more than a when the end is open; unquantified when a is 0 and a part was unquantified.
// Approximate parts count at their stated value inside a bound ("around 2 kg" plus "at least 1 kg" is "at least 3 kg"):
// the bound form is the weaker statement and wins.
internal readonly record struct FigureBounds(
    decimal Low, bool LowOpen, decimal? High, bool HighOpen, bool Approximate, bool EstimatedOnly, bool Unquantified)
{
    internal static FigureBounds Of(decimal value, Precision precision, decimal? upper) => precision switch
    {
        Precision.Exact => new(value, false, value, false, false, false, false),
        Precision.Approximate => new(value, false, value, false, true, false, false),
        Precision.Estimated => new(value, false, value, false, true, true, false),
        Precision.AtLeast => new(value, false, null, false, false, false, false),
        Precision.MoreThan => new(value, true, null, false, false, false, false),
        Precision.UpTo => new(0m, false, value, false, false, false, false),
        Precision.FewerThan => new(0m, false, value, true, false, false, false),
        Precision.Range => new(value, false, upper ?? value, false, false, false, false),
        Precision.Unquantified => new(0m, false, null, false, false, false, true),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };

    // Checked: a sum past decimal's range throws OverflowException rather than wrapping.
    internal FigureBounds Plus(FigureBounds other) => new(
        Low + other.Low,
        LowOpen || other.LowOpen,
        High is { } h && other.High is { } oh ? h + oh : null,
        HighOpen || other.HighOpen,
        Approximate || other.Approximate,
        (EstimatedOnly || !Approximate) && (other.EstimatedOnly || !other.Approximate) && (Approximate || other.Approximate),
        Unquantified || other.Unquantified);

    // The figure this interval is stated as: (value, precision, upper end of a range).
    internal (decimal Value, Precision Precision, decimal? Upper) ToFigure()
    {
        if (High is not { } high)
        {
            if (Low == 0m && Unquantified)
            {
                return (0m, Precision.Unquantified, null);
            }
            return (Low, LowOpen ? Precision.MoreThan : Precision.AtLeast, null);
        }
        if (Low == high && !LowOpen && !HighOpen)
        {
            return (Low, Approximate ? (EstimatedOnly ? Precision.Estimated : Precision.Approximate) : Precision.Exact, null);
        }
        if (Low == 0m && !LowOpen)
        {
            return (high, HighOpen ? Precision.FewerThan : Precision.UpTo, null);
        }
        return (Low, Precision.Range, high);
    }
}
