namespace PolicingModel;

/// <summary>To stay at the bail address between two local times each day; a curfew from 21:00 to 07:00 runs overnight.</summary>
public sealed record Curfew : BailCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="from">The local time the curfew starts each day.</param>
    /// <param name="until">The local time it ends (the next day when earlier than <paramref name="from"/>).</param>
    /// <param name="appliesDuring">The dates it applies, or null for the whole bail period.</param>
    /// <exception cref="ArgumentException">The two times are equal.</exception>
    public Curfew(LocalTime from, LocalTime until, DateInterval? appliesDuring = null)
        : base(appliesDuring)
    {
        Preconditions.CheckArgument(from != until, nameof(until), $"{nameof(until)} must differ from {nameof(from)}.");
        From = from;
        Until = until;
    }

    /// <summary>The local time the curfew starts each day.</summary>
    public LocalTime From { get; }

    /// <summary>The local time it ends.</summary>
    public LocalTime Until { get; }

    /// <summary>True when the curfew runs past midnight.</summary>
    public bool IsOvernight => Until < From;
}
