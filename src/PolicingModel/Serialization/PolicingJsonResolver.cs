using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization;

// Metadata for the contract's own types, for any options; null for every other type, so that it composes with the
// caller's resolvers in TypeInfoResolverChain and changes nothing for their types. No reflection: AOT-safe.
internal sealed class PolicingJsonResolver(Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> metadata) : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        metadata.TryGetValue(type, out Func<JsonSerializerOptions, JsonTypeInfo>? create) ? create(options) : null;
}
