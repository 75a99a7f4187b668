using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class PublicEventContract : RecordContract<PublicEvent>
{
    private readonly ValueMember<PublicEvent, PublicEventId> id;
    private readonly ValueMember<PublicEvent, string> name;
    private readonly ValueMember<PublicEvent, Place> location;
    private readonly ListMember<PublicEvent, Interval> sessions;

    internal PublicEventContract(PolicingConverters c)
        : base("a public event object", c.IsLenient) => Define(
            id = Required("id", PolicingConverters.PublicEventIds, e => e.Id),
            name = Required("name", PolicingConverters.Text, e => e.Name),
            location = Required("location", c.Places, e => e.Location),
            sessions = List("sessions", c.Intervals, e => e.Sessions, required: true, minItems: 1));

    protected override PublicEvent Create(object?[] v) => new(id.From(v), name.From(v), location.From(v), sessions.From(v));
}

internal sealed class SourceReferenceContract : RecordContract<SourceReference>
{
    private readonly ValueMember<SourceReference, SourceKind> kind;
    private readonly ValueMember<SourceReference, string> publisher;
    private readonly ValueMember<SourceReference, string> title;
    private readonly OptionalMember<SourceReference, LocalDate> published;
    private readonly OptionalObjectMember<SourceReference, Uri> url;

    internal SourceReferenceContract(PolicingConverters c)
        : base("a source object", c.IsLenient) => Define(
            kind = Required("kind", PolicingConverters.SourceKinds, s => s.Kind),
            publisher = Required("publisher", PolicingConverters.Text, s => s.Publisher),
            title = Required("title", PolicingConverters.Text, s => s.Title),
            published = Optional("published", PolicingConverters.Dates, s => s.Published),
            url = OptionalObject("url", PolicingConverters.Urls, s => s.Url));

    protected override SourceReference Create(object?[] v) => new(kind.From(v), publisher.From(v), title.From(v), published.From(v), url.From(v));
}

internal sealed class PolicingUnitContract : RecordContract<PolicingUnit>
{
    private readonly ValueMember<PolicingUnit, PoliceForce> force;
    private readonly ValueMember<PolicingUnit, string> name;
    private readonly OptionalMember<PolicingUnit, BasicCommandUnit> bcu;
    private readonly ValueMember<PolicingUnit, bool> takesArticle;

    internal PolicingUnitContract(PolicingConverters c)
        : base("a policing unit object", c.IsLenient) => Define(
            force = Required("force", PolicingConverters.Forces, u => u.Force),
            name = Required("name", PolicingConverters.Text, u => u.Name),
            bcu = Optional("bcu", PolicingConverters.BasicCommandUnits, u => u.Bcu),
            takesArticle = Defaulted("takesArticle", PolicingConverters.Flags, u => u.TakesArticle, true));

    protected override PolicingUnit Create(object?[] v) => new(force.From(v), name.From(v), bcu.From(v), takesArticle.From(v));
}
