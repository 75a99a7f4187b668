using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Contract;

// Metadata for EquatableArray<T> as a JSON array, built with System.Text.Json's own immutable-collection
// support (so errors inside elements keep their full path). A null element is rejected with its index. The element
// types are listed explicitly, which keeps this trim- and AOT-safe.
internal sealed class EquatableArrayResolver : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = new()
    {
        [typeof(EquatableArray<Operation>)] = Create<Operation>,
        [typeof(EquatableArray<Arrest>)] = Create<Arrest>,
        [typeof(EquatableArray<Warrant>)] = Create<Warrant>,
        [typeof(EquatableArray<Seizure>)] = Create<Seizure>,
        [typeof(EquatableArray<SafeguardingAction>)] = Create<SafeguardingAction>,
        [typeof(EquatableArray<ReportedTotal>)] = Create<ReportedTotal>,
        [typeof(EquatableArray<SourceReference>)] = Create<SourceReference>,
        [typeof(EquatableArray<PolicingUnit>)] = Create<PolicingUnit>,
        [typeof(EquatableArray<SuspectedOffence>)] = Create<SuspectedOffence>,
        [typeof(EquatableArray<BailCondition>)] = Create<BailCondition>,
        [typeof(EquatableArray<BailExtension>)] = Create<BailExtension>,
        [typeof(EquatableArray<Place>)] = Create<Place>,
        [typeof(EquatableArray<Interval>)] = Create<Interval>,
        [typeof(EquatableArray<OperationFocus>)] = Create<OperationFocus>,
        [typeof(EquatableArray<PoliceForce>)] = Create<PoliceForce>,
        [typeof(EquatableArray<PartnerAgency>)] = Create<PartnerAgency>,
        [typeof(EquatableArray<IsoDayOfWeek>)] = Create<IsoDayOfWeek>,
        [typeof(EquatableArray<string>)] = Create<string>,
    };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Factories.TryGetValue(type, out Func<JsonSerializerOptions, JsonTypeInfo>? factory) ? factory(options) : null;

    private static JsonTypeInfo<EquatableArray<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableArray<T>, T>(
            options,
            new JsonCollectionInfoValues<EquatableArray<T>> { ElementInfo = options.GetTypeInfo(typeof(T)) },
            Build);

    private static EquatableArray<T> Build<T>(IEnumerable<T> items)
    {
        EquatableArray<T> array = items.ToEquatableArray();
        if (default(T) is null)
        {
            for (int i = 0; i < array.Length; i++)
            {
                if (array[i] is null)
                {
                    throw new ReadError(PolicingJsonErrorKind.NullNotAllowed, "null is not allowed as an element of this array.", $"[{i}]");
                }
            }
        }
        return array;
    }
}
