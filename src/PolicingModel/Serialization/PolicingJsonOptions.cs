using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization;

/// <summary>The one entry point that adds the policing JSON contract to a caller's <see cref="JsonSerializerOptions"/>.</summary>
public static class PolicingJsonOptions
{
    /// <summary>
    /// Adds the policing contract to <paramref name="options"/>, as NodaTime's <c>ConfigureForNodaTime</c> adds its
    /// converters: the contract's resolver (<see cref="PolicingJson.TypeInfoResolver"/>) goes first in the
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>, and nothing else is changed. The caller's own types
    /// serialise exactly as before (naming policy, HTML escaping, number handling, case-insensitive reading all stay as
    /// the caller set them), and the contract's types are read and written exactly as <see cref="PolicingJson"/> does,
    /// whatever those settings are. When the options had no resolver at all (reflection-based serialisation by
    /// default), System.Text.Json's default resolver stays after the contract's, so the caller's types keep working.
    /// </summary>
    /// <param name="options">Options that have not been used yet.</param>
    /// <param name="reading">Strict (the default) or lenient reading of the contract's types.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only because they have been used already.</exception>
    /// <example>
    /// <code>
    /// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForPolicingModel());
    /// </code>
    /// </example>
    public static JsonSerializerOptions ConfigureForPolicingModel(this JsonSerializerOptions options, PolicingJsonReading reading = PolicingJsonReading.Strict)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options have been used already and are read-only; configure them before their first use.");
        }
        IJsonTypeInfoResolver contract = reading == PolicingJsonReading.Lenient ? PolicingJson.LenientTypeInfoResolver : PolicingJson.TypeInfoResolver;
        if (options.TypeInfoResolverChain.Count == 0 && JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Add(ReflectionDefault());
        }
        options.TypeInfoResolverChain.Insert(0, contract);
        return options;
    }

    // What System.Text.Json would have used for the caller's types had their options been left without a resolver.
    // Only reached when reflection-based serialisation is on by default; trimmed and Native AOT apps turn that feature
    // switch off (System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault), the trimmer removes the call, and such
    // apps bring a source-generated context of their own.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Guarded by JsonSerializer.IsReflectionEnabledByDefault, which is false when trimming.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded by JsonSerializer.IsReflectionEnabledByDefault, which is false under Native AOT.")]
    private static DefaultJsonTypeInfoResolver ReflectionDefault() => new();
}
