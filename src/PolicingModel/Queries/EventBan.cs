namespace PolicingModel.Queries;

/// <summary>One bail condition that keeps a person away from a public event: the arrest, the bail and the condition.</summary>
/// <remarks>Value equality over all members. Instances come from the queries of <see cref="BailQueries"/>.</remarks>
public sealed record EventBan
{
    // Creates a ban.
    // arrest: The arrest the bail follows.
    // bail: The bail.
    // condition: The condition (a NotToAttendEvent, or an ExclusionZone covering the event's location).
    // Throws ArgumentNullException when: Any argument is null.
    internal EventBan(Arrest arrest, Bail bail, BailCondition condition)
    {
        ArgumentNullException.ThrowIfNull(arrest);
        ArgumentNullException.ThrowIfNull(bail);
        ArgumentNullException.ThrowIfNull(condition);
        Arrest = arrest;
        Bail = bail;
        Condition = condition;
    }

    /// <summary>The arrest the bail follows.</summary>
    public Arrest Arrest { get; }

    /// <summary>The bail.</summary>
    public Bail Bail { get; }

    /// <summary>The condition that bans the person from the event.</summary>
    public BailCondition Condition { get; }
}
