namespace PolicingModel.Reporting;

/// <summary>The operations in the run-up to one public event, and what they resulted in, merged.</summary>
/// <remarks>Value equality over all members, including the operations.</remarks>
public sealed record EventRunUp
{
    /// <summary>Creates a run-up.</summary>
    /// <param name="event">The event.</param>
    /// <param name="operations">The operations in its run-up, in source order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">An operation is null.</exception>
    public EventRunUp(PublicEvent @event, EquatableArray<Operation> operations)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        Event = @event;
        Operations = Preconditions.CheckNoNulls(operations);
        Summary = OperationSummary.Combine(operations.Select(OperationSummary.Of));
    }

    /// <summary>The event.</summary>
    public PublicEvent Event { get; }

    /// <summary>The operations in its run-up, in source order.</summary>
    public EquatableArray<Operation> Operations { get; }

    /// <summary>Their summaries combined (<see cref="OperationSummary.Combine"/>); <see cref="OperationSummary.Empty"/> when there are none.</summary>
    public OperationSummary Summary { get; }
}
