using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// The nine kinds of bail condition; each may say the dates it applies during.
internal static class BailConditionContracts
{
    internal static KindContract<BailCondition> Create(PolicingConverters c) => new(
        "a bail condition object with a \"kind\"",
        c.IsLenient,
        (typeof(NotToAttendEvent), "not-to-attend-event", new NotToAttend(c)),
        (typeof(ExclusionZone), "exclusion-zone", new Exclusion(c)),
        (typeof(Curfew), "curfew", new CurfewContract(c)),
        (typeof(Residence), "residence", new Plain<Residence>(c, d => new Residence(d))),
        (typeof(ReportToStation), "report-to-station", new Reporting(c)),
        (typeof(NoContact), "no-contact", new Contact(c)),
        (typeof(Doorstep), "doorstep", new Plain<Doorstep>(c, d => new Doorstep(d))),
        (typeof(SurrenderPassport), "surrender-passport", new Plain<SurrenderPassport>(c, d => new SurrenderPassport(d))),
        (typeof(OtherBailCondition), "other", new Other(c)));

    // A condition whose only member is when it applies.
    private sealed class Plain<T> : RecordContract<T>
        where T : BailCondition
    {
        private readonly OptionalObjectMember<T, DateInterval> appliesDuring;
        private readonly Func<DateInterval?, T> create;

        internal Plain(PolicingConverters c, Func<DateInterval?, T> create)
            : base("a bail condition", c.IsLenient)
        {
            this.create = create;
            Define(appliesDuring = During<T>(c));
        }

        protected override T Create(object?[] v) => create(appliesDuring.From(v));
    }

    private sealed class NotToAttend : RecordContract<NotToAttendEvent>
    {
        private readonly ValueMember<NotToAttendEvent, PublicEvent> @event;
        private readonly OptionalObjectMember<NotToAttendEvent, DateInterval> appliesDuring;

        internal NotToAttend(PolicingConverters c)
            : base("a not-to-attend-event condition", c.IsLenient) =>
            Define(@event = Required("event", c.Events, b => b.Event), appliesDuring = During<NotToAttendEvent>(c));

        protected override NotToAttendEvent Create(object?[] v) => new(@event.From(v), appliesDuring.From(v));
    }

    private sealed class Exclusion : RecordContract<ExclusionZone>
    {
        private readonly ValueMember<ExclusionZone, Place> area;
        private readonly OptionalObjectMember<ExclusionZone, DateInterval> appliesDuring;

        internal Exclusion(PolicingConverters c)
            : base("an exclusion-zone condition", c.IsLenient) =>
            Define(area = Required("area", c.Places, b => b.Area), appliesDuring = During<ExclusionZone>(c));

        protected override ExclusionZone Create(object?[] v) => new(area.From(v), appliesDuring.From(v));
    }

    private sealed class CurfewContract : RecordContract<Curfew>
    {
        private readonly ValueMember<Curfew, LocalTime> from;
        private readonly ValueMember<Curfew, LocalTime> until;
        private readonly OptionalObjectMember<Curfew, DateInterval> appliesDuring;

        internal CurfewContract(PolicingConverters c)
            : base("a curfew condition", c.IsLenient) => Define(
                from = Required("from", PolicingConverters.Times, b => b.From),
                until = Required("until", PolicingConverters.Times, b => b.Until),
                appliesDuring = During<Curfew>(c));

        protected override Curfew Create(object?[] v) => new(from.From(v), until.From(v), appliesDuring.From(v));
    }

    private sealed class Reporting : RecordContract<ReportToStation>
    {
        private readonly ValueMember<ReportToStation, string> station;
        private readonly ListMember<ReportToStation, IsoDayOfWeek> days;
        private readonly OptionalObjectMember<ReportToStation, DateInterval> appliesDuring;

        internal Reporting(PolicingConverters c)
            : base("a report-to-station condition", c.IsLenient) => Define(
                station = Required("station", PolicingConverters.Text, b => b.Station),
                days = List("days", PolicingConverters.Days, b => b.Days, required: true, minItems: 1),
                appliesDuring = During<ReportToStation>(c));

        protected override ReportToStation Create(object?[] v) => new(station.From(v), days.From(v), appliesDuring.From(v));
    }

    private sealed class Contact : RecordContract<NoContact>
    {
        private readonly ValueMember<NoContact, string> with;
        private readonly OptionalObjectMember<NoContact, DateInterval> appliesDuring;

        internal Contact(PolicingConverters c)
            : base("a no-contact condition", c.IsLenient) =>
            Define(with = Required("with", PolicingConverters.Text, b => b.With), appliesDuring = During<NoContact>(c));

        protected override NoContact Create(object?[] v) => new(with.From(v), appliesDuring.From(v));
    }

    private sealed class Other : RecordContract<OtherBailCondition>
    {
        private readonly ValueMember<OtherBailCondition, string> description;
        private readonly OptionalObjectMember<OtherBailCondition, DateInterval> appliesDuring;

        internal Other(PolicingConverters c)
            : base("an other bail condition", c.IsLenient) =>
            Define(description = Required("description", PolicingConverters.Text, b => b.Description), appliesDuring = During<OtherBailCondition>(c));

        protected override OtherBailCondition Create(object?[] v) => new(description.From(v), appliesDuring.From(v));
    }

    private static OptionalObjectMember<T, DateInterval> During<T>(PolicingConverters c)
        where T : BailCondition => new("appliesDuring", c.DateIntervals, b => b.AppliesDuring);
}
