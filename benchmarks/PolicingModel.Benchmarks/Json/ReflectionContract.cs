using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Benchmarks.Json;

/// <summary>
/// The same contract through reflection-based System.Text.Json: the default resolver instead of the source-generated
/// context and the hand-written record converters, with the library's own value converters, collection and
/// polymorphism setup and settings. It writes the same bytes (checked by <c>--verify-json</c>).
/// </summary>
public static class ReflectionContract
{
    /// <summary>The strict options, reflection-based.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            MaxDepth = PolicingJson.MaxDepth,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        foreach (JsonConverter converter in PolicingConverters.All())
        {
            options.Converters.Add(converter);
        }
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(new EquatableArrayResolver(), new SeizedCountResolver(), new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(PolicingContract.Modify);
        options.MakeReadOnly();
        return options;
    }
}
