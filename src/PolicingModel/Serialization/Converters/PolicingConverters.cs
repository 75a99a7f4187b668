using PolicingModel.Serialization.Records;
using System.Text.Json.Serialization;

namespace PolicingModel.Serialization.Converters;

// Every hand-written converter of the contract, one instance each: the options use them through All,
// and the record readers call the same instances directly, so a record read or written either way matches byte for byte.
internal static class PolicingConverters
{
    internal static readonly InstantConverter Instants = new();
    internal static readonly LocalDateConverter Dates = new();
    internal static readonly AgeConverter Ages = new();
    internal static readonly PlaceConverter Places = new();
    internal static readonly PostalAddressConverter Addresses = new();
    internal static readonly OffenceConverter Offences = new();
    internal static readonly SubstanceConverter Substances = new();
    internal static readonly IdentifierConverter<ArrestId> ArrestIds = new(v => new ArrestId(v));
    internal static readonly IdentifierConverter<PersonId> PersonIds = new(v => new PersonId(v));
    internal static readonly IdentifierConverter<WarrantId> WarrantIds = new(v => new WarrantId(v));
    internal static readonly WireCodeConverter<PoliceForce> Forces = new();
    internal static readonly WireCodeConverter<Sex> Sexes = new();
    internal static readonly WireCodeConverter<SelfDefinedEthnicity> SelfDefined = new();
    internal static readonly WireCodeConverter<OfficerDefinedEthnicity> OfficerDefined = new();
    internal static readonly WireCodeConverter<InchoateForm> Forms = new();
    internal static readonly WireCodeConverter<DrugClass> DrugClasses = new();
    internal static readonly WireCodeConverter<DetentionCircumstance> Circumstances = new();
    internal static readonly WireCodeConverter<BailKind> BailKinds = new();
    internal static readonly WireCodeConverter<BailAuthority> BailAuthorities = new();
    internal static readonly ArrestedPersonConverter People = new();
    internal static readonly SuspectedOffenceConverter SuspectedOffences = new();
    internal static readonly CustodyDetailsConverter Custody = new();
    internal static readonly ArrestOutcomeConverter Outcomes = new();
    internal static readonly BailConverter Bails = new();
    internal static readonly BailExtensionConverter BailExtensions = new();
    internal static readonly PersonalIdentifiersConverter Identifiers = new();

    internal static IEnumerable<JsonConverter> All()
    {
        yield return Instants;
        yield return Dates;
        yield return new LocalTimeConverter();
        yield return new YearMonthConverter();
        yield return new IntervalConverter();
        yield return new DateIntervalConverter();
        yield return new MoneyConverter();
        yield return new QuantityConverter();
        yield return new ReportedCountConverter();
        yield return Ages;
        yield return Places;
        yield return Addresses;
        yield return Offences;
        yield return Substances;
        yield return new IdentifierConverter<OperationId>(v => new OperationId(v));
        yield return ArrestIds;
        yield return PersonIds;
        yield return new IdentifierConverter<PublicEventId>(v => new PublicEventId(v));
        yield return new IdentifierConverter<SafeguardingActionId>(v => new SafeguardingActionId(v));
        yield return new IdentifierConverter<SeizureId>(v => new SeizureId(v));
        yield return WarrantIds;
        foreach (JsonConverter converter in Enums())
        {
            yield return converter;
        }
    }

    // The enums that appear in the contract, each written as its wire code.
    internal static IEnumerable<JsonConverter> Enums()
    {
        yield return new WireCodeConverter<Precision>();
        yield return new WireCodeConverter<QuantityUnit>(excludeDefault: true);
        yield return Sexes;
        yield return SelfDefined;
        yield return OfficerDefined;
        yield return Forces;
        yield return new WireCodeConverter<LondonBorough>();
        yield return new WireCodeConverter<BasicCommandUnit>();
        yield return new WireCodeConverter<PlacePrecision>();
        yield return DrugClasses;
        yield return Forms;
        yield return new WireCodeConverter<OffenceGroup>();
        yield return Circumstances;
        yield return BailKinds;
        yield return BailAuthorities;
        yield return new WireCodeConverter<OperationFocus>();
        yield return new WireCodeConverter<ReportedMeasure>();
        yield return new WireCodeConverter<PartnerAgency>();
        yield return new WireCodeConverter<SafeguardingKind>();
        yield return new WireCodeConverter<VehicleKind>();
        yield return new WireCodeConverter<WeaponKind>();
        yield return new WireCodeConverter<PremisesKind>();
        yield return new WireCodeConverter<WarrantKind>();
        yield return new WireCodeConverter<WarrantLegislation>();
        yield return new WireCodeConverter<WarrantResult>();
        yield return new WireCodeConverter<SourceKind>();
        yield return new WireCodeConverter<IsoDayOfWeek>(excludeDefault: true);
        yield return new WireCodeConverter<ArrestOutcomeKind>(excludeDefault: true); // not a member of any record yet; its codes are the outcome kinds
    }
}
