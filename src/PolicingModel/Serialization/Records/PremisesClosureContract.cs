using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class PremisesClosureContract : RecordContract<PremisesClosure>
{
    private readonly ValueMember<PremisesClosure, ClosureKind> kind;
    private readonly ValueMember<PremisesClosure, Place> premises;
    private readonly ValueMember<PremisesClosure, PremisesKind> premisesKind;
    private readonly OptionalMember<PremisesClosure, LocalDate> on;

    internal PremisesClosureContract(PolicingConverters c)
        : base("a premises closure object", c.IsLenient) => Define(
            kind = Required("kind", PolicingConverters.ClosureKinds, p => p.Kind),
            premises = Required("premises", c.Places, p => p.Premises),
            premisesKind = Defaulted("premisesKind", PolicingConverters.PremisesKinds, p => p.PremisesKind, PremisesKind.NotStated),
            on = Optional("on", PolicingConverters.Dates, p => p.On));

    protected override PremisesClosure Create(object?[] v) => new(kind.From(v), premises.From(v), premisesKind.From(v), on.From(v));
}
