using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicingModel.Serialization;

// Source-generated metadata for every serialisable type of the model. It is internal on purpose: on its own it lacks
// the converters, code lists and polymorphism that make up the contract, which
// PolicingJsonOptions.ConfigureForPolicingModel adds. No reflection-based serialisation is used.
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = PolicingJson.MaxDepth)]
[JsonSerializable(typeof(PolicingDocument))]
[JsonSerializable(typeof(Operation))]
[JsonSerializable(typeof(Arrest))]
[JsonSerializable(typeof(Seizure))]
[JsonSerializable(typeof(Warrant))]
[JsonSerializable(typeof(SafeguardingAction))]
[JsonSerializable(typeof(ReportedTotal))]
[JsonSerializable(typeof(PublicEvent))]
[JsonSerializable(typeof(SourceReference))]
[JsonSerializable(typeof(CashSeized))]
[JsonSerializable(typeof(DrugsSeized))]
[JsonSerializable(typeof(WeaponSeized))]
[JsonSerializable(typeof(PhonesSeized))]
[JsonSerializable(typeof(VehicleSeized))]
[JsonSerializable(typeof(OtherPropertySeized))]
[JsonSerializable(typeof(NotToAttendEvent))]
[JsonSerializable(typeof(ExclusionZone))]
[JsonSerializable(typeof(Curfew))]
[JsonSerializable(typeof(Residence))]
[JsonSerializable(typeof(ReportToStation))]
[JsonSerializable(typeof(NoContact))]
[JsonSerializable(typeof(Doorstep))]
[JsonSerializable(typeof(SurrenderPassport))]
[JsonSerializable(typeof(OtherBailCondition))]
[JsonSerializable(typeof(RemainsInCustody))]
[JsonSerializable(typeof(Charged))]
[JsonSerializable(typeof(Bailed))]
[JsonSerializable(typeof(ReleasedUnderInvestigation))]
[JsonSerializable(typeof(Cautioned))]
[JsonSerializable(typeof(CommunityResolution))]
[JsonSerializable(typeof(NoFurtherAction))]
[JsonSerializable(typeof(RecalledToPrison))]
[JsonSerializable(typeof(ValidationProblem))]
internal sealed partial class PolicingJsonContext : JsonSerializerContext;
