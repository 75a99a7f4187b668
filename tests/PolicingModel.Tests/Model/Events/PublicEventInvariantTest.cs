namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Events refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class PublicEventInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "event without sessions", () => _ = new PublicEvent(new PublicEventId("e"), "Event", Place.InBorough(LondonBorough.Brent), []), "sessions", "*at least one interval*" },
        { "event sessions overlapping", () => _ = new PublicEvent(new PublicEventId("e"), "Event", Place.InBorough(LondonBorough.Brent), [new Interval(Examples.Dawn, Examples.Dawn + Duration.FromHours(5)), new Interval(Examples.Dawn + Duration.FromHours(4), Examples.Dawn + Duration.FromHours(8))]), "sessions", "*must start after the session before it ends*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
