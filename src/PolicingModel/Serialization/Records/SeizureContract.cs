using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class SeizureContract : RecordContract<Seizure>
{
    private readonly ValueMember<Seizure, SeizureId> id;
    private readonly ValueMember<Seizure, SeizedItem> item;
    private readonly OptionalObjectMember<Seizure, Place> location;
    private readonly OptionalMember<Seizure, Instant> seizedAt;
    private readonly OptionalMember<Seizure, ArrestId> fromArrest;
    private readonly OptionalMember<Seizure, WarrantId> underWarrant;

    internal SeizureContract(PolicingConverters c)
        : base("a seizure object", c.IsLenient)
    {
        Define(
            id = Required("id", PolicingConverters.SeizureIds, s => s.Id),
            item = Required("item", c.SeizedItems, s => s.Item),
            location = OptionalObject("location", c.Places, s => s.Location),
            seizedAt = Optional("seizedAt", PolicingConverters.Instants, s => s.SeizedAt),
            fromArrest = Optional("fromArrest", PolicingConverters.ArrestIds, s => s.FromArrest),
            underWarrant = Optional("underWarrant", PolicingConverters.WarrantIds, s => s.UnderWarrant));
    }

    protected override Seizure Create(object?[] v) =>
        new(id.From(v), item.From(v), location.From(v), seizedAt.From(v), fromArrest.From(v), underWarrant.From(v));
}
