using PolicingModel.Aggregation;

namespace PolicingModel.Privacy;

/// <summary>
/// The public event an operation is linked to, as a public view shows it: its id, name, when it ran, and the area it
/// was in (London borough or police force area). Public events are not personal data; the venue's address, which
/// <see cref="PublicEvent.Location"/> may hold, is reduced to its area like every other place in a public view.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record PublicEventLink
{
    internal PublicEventLink(PublicEventId id, string name, Interval span, AreaKey area)
    {
        Id = id;
        Name = name;
        Span = span;
        Area = area;
    }

    /// <summary>The event's stable id, such as <c>notting-hill-carnival-2023</c>.</summary>
    public PublicEventId Id { get; }

    /// <summary>The event's public name, such as "Notting Hill Carnival".</summary>
    public string Name { get; }

    /// <summary>From the start of the event's first session to the end of its last.</summary>
    public Interval Span { get; }

    /// <summary>The area the event took place in.</summary>
    public AreaKey Area { get; }

    // The public link of publicEvent.
    internal static PublicEventLink Of(PublicEvent publicEvent) =>
        new(publicEvent.Id, publicEvent.Name, publicEvent.Span, AreaKey.Of(publicEvent.Location));
}
