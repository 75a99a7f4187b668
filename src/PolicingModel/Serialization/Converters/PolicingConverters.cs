using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Records;

namespace PolicingModel.Serialization.Converters;

// Every converter of the contract, for one way of reading: strict or lenient. Converters of values that are not
// objects are the same for both and shared; everything that reads an object is built once per way of reading, so
// the strictness travels with the converter and never depends on the options a caller passes. The resolver hands
// out metadata for exactly these types, whatever else the caller's options hold.
internal sealed class PolicingConverters
{
    internal static readonly InstantConverter Instants = new();
    internal static readonly LocalDateConverter Dates = new();
    internal static readonly LocalTimeConverter Times = new();
    internal static readonly YearMonthConverter Months = new();
    internal static readonly TextConverter Text = new();
    internal static readonly TextConverter AnyText = new(nonBlank: false);
    internal static readonly FlagConverter Flags = new();
    internal static readonly UrlConverter Urls = new();
    internal static readonly IdentifierConverter<OperationId> OperationIds = new(v => new OperationId(v));
    internal static readonly IdentifierConverter<ArrestId> ArrestIds = new(v => new ArrestId(v));
    internal static readonly IdentifierConverter<PersonId> PersonIds = new(v => new PersonId(v));
    internal static readonly IdentifierConverter<WarrantId> WarrantIds = new(v => new WarrantId(v));
    internal static readonly IdentifierConverter<SeizureId> SeizureIds = new(v => new SeizureId(v));
    internal static readonly IdentifierConverter<PublicEventId> PublicEventIds = new(v => new PublicEventId(v));
    internal static readonly IdentifierConverter<SafeguardingActionId> SafeguardingActionIds = new(v => new SafeguardingActionId(v));
    internal static readonly WireCodeConverter<Precision> Precisions = new();
    internal static readonly WireCodeConverter<QuantityUnit> QuantityUnits = new(excludeDefault: true);
    internal static readonly WireCodeConverter<PoliceForce> Forces = new();
    internal static readonly WireCodeConverter<LondonBorough> Boroughs = new();
    internal static readonly WireCodeConverter<BasicCommandUnit> BasicCommandUnits = new();
    internal static readonly WireCodeConverter<PlacePrecision> PlacePrecisions = new();
    internal static readonly WireCodeConverter<Sex> Sexes = new();
    internal static readonly WireCodeConverter<SelfDefinedEthnicity> SelfDefined = new();
    internal static readonly WireCodeConverter<OfficerDefinedEthnicity> OfficerDefined = new();
    internal static readonly WireCodeConverter<InchoateForm> Forms = new();
    internal static readonly WireCodeConverter<DrugClass> DrugClasses = new();
    internal static readonly WireCodeConverter<OffenceGroup> OffenceGroups = new();
    internal static readonly WireCodeConverter<DetentionCircumstance> Circumstances = new();
    internal static readonly WireCodeConverter<TimeKnown> TimesKnown = new();
    internal static readonly WireCodeConverter<ClosureKind> ClosureKinds = new(excludeDefault: true);
    internal static readonly WireCodeConverter<BailKind> BailKinds = new();
    internal static readonly WireCodeConverter<BailAuthority> BailAuthorities = new();
    internal static readonly WireCodeConverter<OperationFocus> Focuses = new();
    internal static readonly WireCodeConverter<ReportedMeasure> Measures = new();
    internal static readonly WireCodeConverter<PartnerAgency> Partners = new();
    internal static readonly WireCodeConverter<SafeguardingKind> SafeguardingKinds = new();
    internal static readonly WireCodeConverter<VehicleKind> VehicleKinds = new();
    internal static readonly WireCodeConverter<WeaponKind> WeaponKinds = new();
    internal static readonly WireCodeConverter<PremisesKind> PremisesKinds = new();
    internal static readonly WireCodeConverter<WarrantKind> WarrantKinds = new();
    internal static readonly WireCodeConverter<WarrantLegislation> Legislations = new();
    internal static readonly WireCodeConverter<WarrantResult> WarrantResults = new();
    internal static readonly WireCodeConverter<SourceKind> SourceKinds = new();
    internal static readonly WireCodeConverter<IsoDayOfWeek> Days = new(excludeDefault: true);
    internal static readonly WireCodeConverter<ValidationSeverity> Severities = new();
    internal static readonly WireCodeConverter<ArrestGroundKind> ArrestGrounds = new();

    // Last among the static fields: building them uses every converter above.
    internal static readonly PolicingConverters Strict = new(lenient: false);
    internal static readonly PolicingConverters Lenient = new(lenient: true);

    private readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> metadata = [];

    // Every type the contract reads and writes on its own.
    internal IEnumerable<Type> Types => metadata.Keys;

    private PolicingConverters(bool lenient)
    {
        IsLenient = lenient;
        Intervals = new IntervalConverter(lenient);
        DateIntervals = new DateIntervalConverter(lenient);
        Money = new MoneyConverter(lenient);
        Quantities = new QuantityConverter(lenient);
        Counts = new ReportedCountConverter(lenient);
        SeizedCounts = new ReportedCountConverter(lenient, atLeastOne: true);
        Ages = new AgeConverter(lenient);
        Addresses = new PostalAddressConverter(lenient);
        Places = new PlaceConverter(lenient, Addresses);
        Offences = new OffenceConverter(lenient);
        Substances = new SubstanceConverter(lenient);
        Units = new PolicingUnitContract(this);
        Events = new PublicEventContract(this);
        Sources = new SourceReferenceContract(this);
        Identifiers = new PersonalIdentifiersContract(this);
        People = new ArrestedPersonConverter(this);
        SuspectedOffences = new SuspectedOffenceConverter(this);
        Custody = new CustodyDetailsContract(this);
        BailExtensions = new BailExtensionContract(this);
        BailConditions = BailConditionContracts.Create(this);
        Bails = new BailContract(this);
        Outcomes = ArrestOutcomeContracts.Create(this);
        Arrests = new ArrestConverter(this);
        Executions = new WarrantExecutionContract(this);
        Closures = new PremisesClosureContract(this);
        Warrants = new WarrantContract(this);
        SeizedItems = SeizedItemContracts.Create(this);
        Seizures = new SeizureContract(this);
        Safeguarding = new SafeguardingActionContract(this);
        ReportedTotals = new ReportedTotalContract(this);
        Operations = new OperationContract(this);
        Documents = new PolicingDocumentContract(this);
        Problems = new ValidationProblemContract(this);
        Resolver = new PolicingJsonResolver(metadata);
        RegisterAll();
    }

    internal bool IsLenient { get; }

    internal IntervalConverter Intervals { get; }

    internal DateIntervalConverter DateIntervals { get; }

    internal MoneyConverter Money { get; }

    internal QuantityConverter Quantities { get; }

    internal ReportedCountConverter Counts { get; }

    // A count of things seized: at least one (or a lower bound).
    internal ReportedCountConverter SeizedCounts { get; }

    internal AgeConverter Ages { get; }

    internal PostalAddressConverter Addresses { get; }

    internal PlaceConverter Places { get; }

    internal OffenceConverter Offences { get; }

    internal SubstanceConverter Substances { get; }

    internal PolicingUnitContract Units { get; }

    internal PublicEventContract Events { get; }

    internal SourceReferenceContract Sources { get; }

    internal PersonalIdentifiersContract Identifiers { get; }

    internal ArrestedPersonConverter People { get; }

    internal SuspectedOffenceConverter SuspectedOffences { get; }

    internal CustodyDetailsContract Custody { get; }

    internal BailExtensionContract BailExtensions { get; }

    internal KindContract<BailCondition> BailConditions { get; }

    internal BailContract Bails { get; }

    internal KindContract<ArrestOutcome> Outcomes { get; }

    internal ArrestConverter Arrests { get; }

    internal WarrantExecutionContract Executions { get; }

    internal PremisesClosureContract Closures { get; }

    internal WarrantContract Warrants { get; }

    internal KindContract<SeizedItem> SeizedItems { get; }

    internal SeizureContract Seizures { get; }

    internal SafeguardingActionContract Safeguarding { get; }

    internal ReportedTotalContract ReportedTotals { get; }

    internal OperationContract Operations { get; }

    internal PolicingDocumentContract Documents { get; }

    internal ValidationProblemContract Problems { get; }

    // Metadata for every type of the contract, for any options, from these converters alone.
    internal IJsonTypeInfoResolver Resolver { get; }

    internal static PolicingConverters For(PolicingJsonReading reading) => reading == PolicingJsonReading.Lenient ? Lenient : Strict;

    private void RegisterAll()
    {
        Register(Documents);
        Register(Operations);
        Register(Arrests);
        Register(Warrants);
        Register(Seizures);
        Register(Safeguarding);
        Register(ReportedTotals);
        Register(Events);
        Register(Sources);
        Register(SeizedItems);
        Register(BailConditions);
        Register(Outcomes);
        Register(Bails);
        Register(BailExtensions);
        Register(Custody);
        Register(People);
        Register(Identifiers);
        Register(SuspectedOffences);
        Register(Executions);
        Register(Closures);
        Register(Units);
        Register(Problems);
        Register(Money);
        Register(Quantities);
        Register(Counts);
        Register(Ages);
        Register(Places);
        Register(Addresses);
        Register(Offences);
        Register(Substances);
        Register(Intervals);
        Register(DateIntervals);
        Register(Instants);
        Register(Dates);
        Register(Times);
        Register(Months);
        Register(OperationIds);
        Register(ArrestIds);
        Register(PersonIds);
        Register(WarrantIds);
        Register(SeizureIds);
        Register(PublicEventIds);
        Register(SafeguardingActionIds);
        Register(Precisions);
        Register(QuantityUnits);
        Register(Forces);
        Register(Boroughs);
        Register(BasicCommandUnits);
        Register(PlacePrecisions);
        Register(Sexes);
        Register(SelfDefined);
        Register(OfficerDefined);
        Register(Forms);
        Register(DrugClasses);
        Register(OffenceGroups);
        Register(Circumstances);
        Register(TimesKnown);
        Register(ClosureKinds);
        Register(BailKinds);
        Register(BailAuthorities);
        Register(Focuses);
        Register(Measures);
        Register(Partners);
        Register(SafeguardingKinds);
        Register(VehicleKinds);
        Register(WeaponKinds);
        Register(PremisesKinds);
        Register(WarrantKinds);
        Register(Legislations);
        Register(WarrantResults);
        Register(SourceKinds);
        Register(Severities);
        Register(ArrestGrounds);
        // Arrays of records on their own, as the streaming readers and bulk reads take them.
        Register(new ListConverter<Operation>(Operations));
        Register(new ListConverter<Arrest>(Arrests));
        Register(new ListConverter<Warrant>(Warrants));
        Register(new ListConverter<Seizure>(Seizures));
        Register(new ListConverter<SafeguardingAction>(Safeguarding));
        Register(new ListConverter<ReportedTotal>(ReportedTotals));
        Register(new ListConverter<ValidationProblem>(Problems));

        // A kind on its own (a CashSeized, a Curfew) is read and written as its hierarchy's object, "kind" included.
        Register(SeizedItems.As<CashSeized>());
        Register(SeizedItems.As<DrugsSeized>());
        Register(SeizedItems.As<WeaponSeized>());
        Register(SeizedItems.As<PhonesSeized>());
        Register(SeizedItems.As<VehicleSeized>());
        Register(SeizedItems.As<OtherPropertySeized>());
        Register(BailConditions.As<NotToAttendEvent>());
        Register(BailConditions.As<ExclusionZone>());
        Register(BailConditions.As<Curfew>());
        Register(BailConditions.As<Residence>());
        Register(BailConditions.As<ReportToStation>());
        Register(BailConditions.As<NoContact>());
        Register(BailConditions.As<Doorstep>());
        Register(BailConditions.As<SurrenderPassport>());
        Register(BailConditions.As<OtherBailCondition>());
        Register(Outcomes.As<RemainsInCustody>());
        Register(Outcomes.As<Charged>());
        Register(Outcomes.As<Bailed>());
        Register(Outcomes.As<ReleasedUnderInvestigation>());
        Register(Outcomes.As<Cautioned>());
        Register(Outcomes.As<CommunityResolution>());
        Register(Outcomes.As<NoFurtherAction>());
        Register(Outcomes.As<RecalledToPrison>());
        Register(Outcomes.As<PutBeforeCourt>());
        Register(Outcomes.As<OutcomeNotReported>());
    }

    // The metadata of T for any options: the converter does all the work, so the caller's settings
    // (naming policy, number handling, case-insensitive members) never reach the contract.
    private void Register<T>(JsonConverter<T> converter) =>
        metadata[typeof(T)] = options => JsonMetadataServices.CreateValueInfo<T>(options, converter);
}
