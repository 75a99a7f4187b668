using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization.Contract;

// Hand-written metadata for the three seized items whose constructor takes ReportedCount? count (one when
// omitted) while the property is a non-nullable ReportedCount: System.Text.Json binds a constructor
// parameter only to a property of the same type, so the generated metadata cannot read them. Here the
// "count" member is typed ReportedCount? on both sides; it is always written and optional on read.
internal sealed class SeizedCountResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(WeaponSeized) ? Create(
            options,
            static args => new WeaponSeized((WeaponKind)args[0]!, (ReportedCount?)args[1]),
            Property<WeaponSeized, WeaponKind>(options, "Kind", "weaponKind", static s => s.Kind),
            Property<WeaponSeized, ReportedCount?>(options, "Count", "count", static s => s.Count),
            Parameter<WeaponKind>("kind", 0, optional: false),
            Parameter<ReportedCount?>("count", 1, optional: true))
        : type == typeof(VehicleSeized) ? Create(
            options,
            static args => new VehicleSeized((VehicleKind)args[0]!, (ReportedCount?)args[1]),
            Property<VehicleSeized, VehicleKind>(options, "Kind", "vehicleKind", static s => s.Kind),
            Property<VehicleSeized, ReportedCount?>(options, "Count", "count", static s => s.Count),
            Parameter<VehicleKind>("kind", 0, optional: false),
            Parameter<ReportedCount?>("count", 1, optional: true))
        : type == typeof(OtherPropertySeized) ? Create(
            options,
            static args => new OtherPropertySeized((string)args[0]!, (ReportedCount?)args[1]),
            Property<OtherPropertySeized, string>(options, "Description", "description", static s => s.Description),
            Property<OtherPropertySeized, ReportedCount?>(options, "Count", "count", static s => s.Count),
            Parameter<string>("description", 0, optional: false),
            Parameter<ReportedCount?>("count", 1, optional: true))
        : null;

    private static JsonTypeInfo<T> Create<T>(
        JsonSerializerOptions options,
        Func<object?[], T> create,
        Func<JsonPropertyInfo> first,
        Func<JsonPropertyInfo> second,
        JsonParameterInfoValues firstParameter,
        JsonParameterInfoValues secondParameter)
        where T : notnull =>
        JsonMetadataServices.CreateObjectInfo(options, new JsonObjectInfoValues<T>
        {
            ObjectWithParameterizedConstructorCreator = args => create(args),
            PropertyMetadataInitializer = _ => [first(), second()],
            ConstructorParameterMetadataInitializer = () => [firstParameter, secondParameter],
        });

    private static Func<JsonPropertyInfo> Property<TOwner, TValue>(JsonSerializerOptions options, string member, string jsonName, Func<TOwner, TValue> getter) =>
        () => JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<TValue>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(TOwner),
            Getter = obj => getter((TOwner)obj),
            PropertyName = member,
            JsonPropertyName = jsonName,
        });

    private static JsonParameterInfoValues Parameter<T>(string name, int position, bool optional) => new()
    {
        Name = name,
        ParameterType = typeof(T),
        Position = position,
        HasDefaultValue = optional,
        DefaultValue = null,
        IsNullable = optional || default(T) is null,
    };
}
