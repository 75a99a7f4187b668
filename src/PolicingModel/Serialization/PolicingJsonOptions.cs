using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization;

/// <summary>The one entry point that turns a <see cref="JsonSerializerOptions"/> into the policing JSON contract.</summary>
public static class PolicingJsonOptions
{
    /// <summary>
    /// Configures <paramref name="options"/> for the policing model: source-generated metadata, camelCase members, NodaTime
    /// values as ISO-8601 strings, enums and code lists as their stable codes, a leading <c>"kind"</c> on seized items,
    /// bail conditions and arrest outcomes, money and quantities as decimals, and strict reading unless
    /// <paramref name="reading"/> says otherwise. Any resolver already set is kept, after the model's own.
    /// </summary>
    /// <param name="options">Options that have not been used yet.</param>
    /// <param name="reading">Strict (the default) or lenient reading.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only because they have been used already.</exception>
    public static JsonSerializerOptions ConfigureForPolicingModel(this JsonSerializerOptions options, PolicingJsonReading reading = PolicingJsonReading.Strict) =>
        Configure(options, reading, recordConverters: reading == PolicingJsonReading.Strict);

    // The configuration, with or without the hand-written converters of the records read in bulk (see
    // Records.ArrestConverter). Without them every record goes through the generated metadata, which is
    // what the schema is exported from and what explains a rejected document.
    internal static JsonSerializerOptions Configure(JsonSerializerOptions options, PolicingJsonReading reading, bool recordConverters)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool lenient = reading == PolicingJsonReading.Lenient;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.UnmappedMemberHandling = lenient ? JsonUnmappedMemberHandling.Skip : JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = lenient;
        options.MaxDepth = PolicingJson.MaxDepth;
        options.Encoder ??= JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        foreach (JsonConverter converter in PolicingConverters.All())
        {
            options.Converters.Add(converter);
        }
        if (recordConverters)
        {
            options.Converters.Add(new Records.ArrestConverter());
        }
        IJsonTypeInfoResolver model = JsonTypeInfoResolver.Combine(new EquatableArrayResolver(), new SeizedCountResolver(), PolicingJsonContext.Default);
        options.TypeInfoResolver = (options.TypeInfoResolver is { } existing ? JsonTypeInfoResolver.Combine(model, existing) : model)
            .WithAddedModifier(PolicingContract.Modify);
        return options;
    }
}
