namespace PolicingModel.Privacy;

/// <summary>One line of a <see cref="PublicBreakdown{TCategory}"/>: a category (an age band, a sex, an area ...) and its published count.</summary>
/// <remarks>Value equality over both members. The default value is the default category with a shown count of zero; the library never produces it.</remarks>
/// <typeparam name="TCategory">The category code type.</typeparam>
public readonly record struct PublicCell<TCategory>
    where TCategory : struct
{
    internal PublicCell(TCategory category, PublicCount count)
    {
        Category = category;
        Count = count;
    }

    /// <summary>The category.</summary>
    public TCategory Category { get; }

    /// <summary>The number of arrests in the category, as published.</summary>
    public PublicCount Count { get; }
}
