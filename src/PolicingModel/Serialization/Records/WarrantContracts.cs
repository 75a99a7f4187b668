using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class WarrantContract : RecordContract<Warrant>
{
    private readonly ValueMember<Warrant, WarrantId> id;
    private readonly ValueMember<Warrant, WarrantKind> kind;
    private readonly OptionalObjectMember<Warrant, Place> premises;
    private readonly ValueMember<Warrant, PremisesKind> premisesKind;
    private readonly ValueMember<Warrant, WarrantLegislation> legislation;
    private readonly OptionalMember<Warrant, LocalDate> issuedOn;
    private readonly OptionalObjectMember<Warrant, WarrantExecution> execution;

    internal WarrantContract(PolicingConverters c)
        : base("a warrant object", c.IsLenient)
    {
        Define(
            id = Required("id", PolicingConverters.WarrantIds, w => w.Id),
            kind = Required("kind", PolicingConverters.WarrantKinds, w => w.Kind),
            premises = OptionalObject("premises", c.Places, w => w.Premises),
            premisesKind = Defaulted("premisesKind", PolicingConverters.PremisesKinds, w => w.PremisesKind, PremisesKind.NotStated),
            legislation = Defaulted("legislation", PolicingConverters.Legislations, w => w.Legislation, WarrantLegislation.NotStated),
            issuedOn = Optional("issuedOn", PolicingConverters.Dates, w => w.IssuedOn),
            execution = OptionalObject("execution", c.Executions, w => w.Execution));
    }

    protected override Warrant Create(object?[] v) =>
        new(id.From(v), kind.From(v), premises.From(v), premisesKind.From(v), legislation.From(v), issuedOn.From(v), execution.From(v));
}

internal sealed class WarrantExecutionContract : RecordContract<WarrantExecution>
{
    private readonly ValueMember<WarrantExecution, Instant> at;
    private readonly ValueMember<WarrantExecution, WarrantResult> result;
    private readonly ValueMember<WarrantExecution, TimeKnown> known;

    internal WarrantExecutionContract(PolicingConverters c)
        : base("a warrant execution object", c.IsLenient)
    {
        Define(
            at = Required("at", PolicingConverters.Instants, e => e.At),
            result = Defaulted("result", PolicingConverters.WarrantResults, e => e.Result, WarrantResult.NotReported),
            known = Defaulted("known", PolicingConverters.TimesKnown, e => e.Known, TimeKnown.Exact));
    }

    protected override WarrantExecution Create(object?[] v) => new(at.From(v), result.From(v), known.From(v));
}
