using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// The six kinds of seized item. A kind's own "kind" member would clash with the discriminator, so a weapon's kind
// is "weaponKind" and a vehicle's "vehicleKind". A count left out is one.
internal static class SeizedItemContracts
{
    internal static KindContract<SeizedItem> Create(PolicingConverters c) => new(
        "a seized item object with a \"kind\"",
        c.IsLenient,
        (typeof(CashSeized), "cash", new Cash(c)),
        (typeof(DrugsSeized), "drugs", new Drugs(c)),
        (typeof(WeaponSeized), "weapon", new Weapon(c)),
        (typeof(PhonesSeized), "phones", new Phones(c)),
        (typeof(VehicleSeized), "vehicle", new Vehicle(c)),
        (typeof(OtherPropertySeized), "other-property", new OtherProperty(c)));

    private sealed class Cash : RecordContract<CashSeized>
    {
        private readonly ValueMember<CashSeized, Money> amount;

        internal Cash(PolicingConverters c)
            : base("a cash seizure", c.IsLenient) => Define(amount = Required("amount", c.Money, s => s.Amount));

        protected override CashSeized Create(object?[] v) => new(amount.From(v));
    }

    private sealed class Drugs : RecordContract<DrugsSeized>
    {
        private readonly OptionalObjectMember<DrugsSeized, Substance> substance;
        private readonly OptionalMember<DrugsSeized, DrugClass> statedClass;
        private readonly OptionalMember<DrugsSeized, Quantity> quantity;

        internal Drugs(PolicingConverters c)
            : base("a drugs seizure", c.IsLenient) => Define(
                substance = OptionalObject("substance", c.Substances, s => s.Substance),
                statedClass = Optional("statedClass", PolicingConverters.DrugClasses, s => s.StatedClass),
                quantity = Optional("quantity", c.Quantities, s => s.Quantity));

        protected override DrugsSeized Create(object?[] v) => new(substance.From(v), statedClass.From(v), quantity.From(v));
    }

    private sealed class Weapon : RecordContract<WeaponSeized>
    {
        private readonly ValueMember<WeaponSeized, WeaponKind> kind;
        private readonly OptionalMember<WeaponSeized, ReportedCount> count;

        internal Weapon(PolicingConverters c)
            : base("a weapon seizure", c.IsLenient) => Define(
                kind = Required("weaponKind", PolicingConverters.WeaponKinds, s => s.Kind),
                count = Optional("count", c.SeizedCounts, s => s.Count, alwaysWritten: true));

        protected override WeaponSeized Create(object?[] v) => new(kind.From(v), count.From(v));
    }

    private sealed class Phones : RecordContract<PhonesSeized>
    {
        private readonly ValueMember<PhonesSeized, ReportedCount> phones;
        private readonly OptionalMember<PhonesSeized, ReportedCount> simCards;

        internal Phones(PolicingConverters c)
            : base("a phones seizure", c.IsLenient) => Define(
                phones = Required("phones", c.Counts, s => s.Phones),
                simCards = Optional("simCards", c.Counts, s => s.SimCards));

        protected override PhonesSeized Create(object?[] v) => new(phones.From(v), simCards.From(v));
    }

    private sealed class Vehicle : RecordContract<VehicleSeized>
    {
        private readonly ValueMember<VehicleSeized, VehicleKind> kind;
        private readonly OptionalMember<VehicleSeized, ReportedCount> count;

        internal Vehicle(PolicingConverters c)
            : base("a vehicle seizure", c.IsLenient) => Define(
                kind = Required("vehicleKind", PolicingConverters.VehicleKinds, s => s.Kind),
                count = Optional("count", c.SeizedCounts, s => s.Count, alwaysWritten: true));

        protected override VehicleSeized Create(object?[] v) => new(kind.From(v), count.From(v));
    }

    private sealed class OtherProperty : RecordContract<OtherPropertySeized>
    {
        private readonly ValueMember<OtherPropertySeized, string> description;
        private readonly OptionalMember<OtherPropertySeized, ReportedCount> count;

        internal OtherProperty(PolicingConverters c)
            : base("an other-property seizure", c.IsLenient) => Define(
                description = Required("description", PolicingConverters.Text, s => s.Description),
                count = Optional("count", c.SeizedCounts, s => s.Count, alwaysWritten: true));

        protected override OtherPropertySeized Create(object?[] v) => new(description.From(v), count.From(v));
    }
}
