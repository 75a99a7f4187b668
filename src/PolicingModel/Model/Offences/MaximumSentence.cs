namespace PolicingModel;

/// <summary>The maximum sentence on indictment for an offence, for one drug class or for all.</summary>
/// <remarks>
/// Value equality over all members. The default value is unset (<see cref="IsUnset"/>): neither life nor a term, and
/// refused by <see cref="Offence"/>; build values with <see cref="Life"/> or <see cref="YearsImprisonment"/>.
/// </remarks>
public readonly record struct MaximumSentence
{
    // False only in the default value, which is not a sentence.
    private readonly bool isSet;

    private MaximumSentence(int? years, DrugClass? forClass)
    {
        Years = years;
        ForClass = forClass;
        isSet = true;
    }

    /// <summary>Imprisonment for life.</summary>
    /// <param name="forClass">The drug class it applies to, or null for every case.</param>
    public static MaximumSentence Life(DrugClass? forClass = null) => new(null, forClass);

    /// <summary>A term of years.</summary>
    /// <param name="years">From 1 to 99.</param>
    /// <param name="forClass">The drug class it applies to, or null for every case.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> outside 1–99.</exception>
    public static MaximumSentence YearsImprisonment(int years, DrugClass? forClass = null) =>
        new(Preconditions.CheckRange(years, 1, 99), forClass);

    /// <summary>The term in years, or null for life.</summary>
    public int? Years { get; }

    /// <summary>True for life imprisonment (never for the unset default).</summary>
    public bool IsLife => isSet && Years is null;

    /// <summary>True for the default value, which is neither life nor a term of years.</summary>
    public bool IsUnset => !isSet;

    /// <summary>The drug class this maximum applies to, or null when it applies whatever the class.</summary>
    public DrugClass? ForClass { get; }
}
