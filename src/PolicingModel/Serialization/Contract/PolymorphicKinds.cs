namespace PolicingModel.Serialization.Contract;

// The "kind" discriminators of the three closed hierarchies. A discriminator is part of the contract: never
// rename one; add new kinds only with a minor schema version.
internal static class PolymorphicKinds
{
    internal const string PropertyName = "kind";

    internal static readonly (Type Type, string Kind)[] SeizedItems =
    [
        (typeof(CashSeized), "cash"),
        (typeof(DrugsSeized), "drugs"),
        (typeof(WeaponSeized), "weapon"),
        (typeof(PhonesSeized), "phones"),
        (typeof(VehicleSeized), "vehicle"),
        (typeof(OtherPropertySeized), "other-property"),
    ];

    internal static readonly (Type Type, string Kind)[] BailConditions =
    [
        (typeof(NotToAttendEvent), "not-to-attend-event"),
        (typeof(ExclusionZone), "exclusion-zone"),
        (typeof(Curfew), "curfew"),
        (typeof(Residence), "residence"),
        (typeof(ReportToStation), "report-to-station"),
        (typeof(NoContact), "no-contact"),
        (typeof(Doorstep), "doorstep"),
        (typeof(SurrenderPassport), "surrender-passport"),
        (typeof(OtherBailCondition), "other"),
    ];

    internal static readonly (Type Type, string Kind)[] ArrestOutcomes =
    [
        (typeof(RemainsInCustody), "remains-in-custody"),
        (typeof(Charged), "charged"),
        (typeof(Bailed), "bailed"),
        (typeof(ReleasedUnderInvestigation), "released-under-investigation"),
        (typeof(Cautioned), "cautioned"),
        (typeof(CommunityResolution), "community-resolution"),
        (typeof(NoFurtherAction), "no-further-action"),
        (typeof(RecalledToPrison), "recalled-to-prison"),
        (typeof(PutBeforeCourt), "put-before-court"),
        (typeof(OutcomeNotReported), "not-reported"),
    ];

    internal static (Type Type, string Kind)[]? For(Type baseType) =>
        baseType == typeof(SeizedItem) ? SeizedItems
        : baseType == typeof(BailCondition) ? BailConditions
        : baseType == typeof(ArrestOutcome) ? ArrestOutcomes
        : null;
}
