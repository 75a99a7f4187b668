using System.Text.Json.Serialization;

namespace PolicingModel.Serialization.Converters;

/// <summary>Every hand-written converter of the contract, one instance each.</summary>
internal static class PolicingConverters
{
    internal static IEnumerable<JsonConverter> All()
    {
        yield return new InstantConverter();
        yield return new LocalDateConverter();
        yield return new LocalTimeConverter();
        yield return new YearMonthConverter();
        yield return new IntervalConverter();
        yield return new DateIntervalConverter();
        yield return new MoneyConverter();
        yield return new QuantityConverter();
        yield return new ReportedCountConverter();
        yield return new AgeConverter();
        yield return new PlaceConverter();
        yield return new PostalAddressConverter();
        yield return new OffenceConverter();
        yield return new SubstanceConverter();
        yield return new IdentifierConverter<OperationId>(v => new OperationId(v));
        yield return new IdentifierConverter<ArrestId>(v => new ArrestId(v));
        yield return new IdentifierConverter<PersonId>(v => new PersonId(v));
        yield return new IdentifierConverter<PublicEventId>(v => new PublicEventId(v));
        yield return new IdentifierConverter<SafeguardingActionId>(v => new SafeguardingActionId(v));
        yield return new IdentifierConverter<SeizureId>(v => new SeizureId(v));
        yield return new IdentifierConverter<WarrantId>(v => new WarrantId(v));
        foreach (JsonConverter converter in Enums())
        {
            yield return converter;
        }
    }

    /// <summary>The enums that appear in the contract, each written as its wire code.</summary>
    internal static IEnumerable<JsonConverter> Enums()
    {
        yield return new WireCodeConverter<Precision>();
        yield return new WireCodeConverter<QuantityUnit>(excludeDefault: true);
        yield return new WireCodeConverter<Sex>();
        yield return new WireCodeConverter<SelfDefinedEthnicity>();
        yield return new WireCodeConverter<OfficerDefinedEthnicity>();
        yield return new WireCodeConverter<PoliceForce>();
        yield return new WireCodeConverter<LondonBorough>();
        yield return new WireCodeConverter<BasicCommandUnit>();
        yield return new WireCodeConverter<PlacePrecision>();
        yield return new WireCodeConverter<DrugClass>();
        yield return new WireCodeConverter<InchoateForm>();
        yield return new WireCodeConverter<OffenceGroup>();
        yield return new WireCodeConverter<DetentionCircumstance>();
        yield return new WireCodeConverter<BailKind>();
        yield return new WireCodeConverter<BailAuthority>();
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
