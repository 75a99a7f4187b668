namespace PolicingModel;

/// <summary>To report to a police station on given days of the week.</summary>
public sealed record ReportToStation : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="station">The station's name.</param>
    /// <param name="days">The days of the week to report, at least one, each once.</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentException">A blank station, no days, or a day repeated or undefined.</exception>
    public ReportToStation(string station, EquatableArray<IsoDayOfWeek> days, DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
        Station = Preconditions.CheckNotBlank(station);
        Preconditions.CheckArgument(!days.IsEmpty, nameof(days), $"{nameof(days)} must contain at least one day.");
        foreach (IsoDayOfWeek day in days)
        {
            Preconditions.CheckDefinedNotDefault(day, nameof(days));
        }
        Preconditions.CheckArgument(days.Distinct().Count() == days.Length, nameof(days), $"{nameof(days)} must not repeat a day.");
        Days = days;
    }

    /// <summary>The station's name.</summary>
    public string Station { get; }

    /// <summary>The days of the week to report.</summary>
    public EquatableArray<IsoDayOfWeek> Days { get; }
}
