namespace PolicingModel;

/// <summary>Mobile phones and SIM cards seized (in county lines work, often the "deal line" handsets).</summary>
public sealed record PhonesSeized : SeizedItem
{
    /// <summary>Creates a phone seizure.</summary>
    /// <param name="phones">How many handsets (may be zero when only SIM cards were seized).</param>
    /// <param name="simCards">How many separate SIM cards, if any.</param>
    /// <exception cref="ArgumentException">Nothing at all is counted.</exception>
    public PhonesSeized(ReportedCount phones, ReportedCount? simCards = null)
    {
        Preconditions.CheckArgument(
            phones.Value > 0 || phones.Precision.IsLowerBound() || phones.Precision == Precision.Unquantified || simCards is { Value: > 0 },
            nameof(phones),
            $"A phone seizure must count at least one phone or SIM card.");
        Phones = phones;
        SimCards = simCards;
    }

    /// <summary>How many handsets.</summary>
    public ReportedCount Phones { get; }

    /// <summary>How many separate SIM cards, if reported.</summary>
    public ReportedCount? SimCards { get; }
}
