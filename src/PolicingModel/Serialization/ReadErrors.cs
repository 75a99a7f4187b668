using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization;

// Turns whatever went wrong while reading into one PolicingJsonException with a JSON path and a message
// for a data engineer. The model's constructors throw ArgumentException without a path; those are located
// by walking the document again (only on the error path, so the fast path pays nothing).
internal static partial class ReadErrors
{
    internal static PolicingJsonException Translate(Exception error, ReadOnlySpan<byte> utf8, JsonTypeInfo typeInfo, string prefix = "$")
    {
        switch (error)
        {
            case PolicingJsonException known:
                return known;
            case ReadError read:
                return new PolicingJsonException(read.Kind, Combine(Rebase(read.Path, prefix), read.Member), read.Problem, read);
            case JsonException json:
                return FromSystemTextJson(json, utf8, typeInfo, prefix);
            case InvalidOperationException when FirstInvalidUtf8(utf8) is { } offset:
                // System.Text.Json reports invalid UTF-8 inside a string only when it transcodes it.
                return new PolicingJsonException(PolicingJsonErrorKind.Syntax, prefix, $"the document is not valid UTF-8 (byte offset {offset}).", error);
            case ArgumentException or NotSupportedException or InvalidOperationException:
                return Locate(utf8, typeInfo, prefix, error);
            default:
                throw error;
        }
    }

    // Appends a converter's member to the path System.Text.Json reported. For an element of an array the reported path
    // already ends in an index (the count read so far), which the member's own index replaces.
    private static string Combine(string path, string? member)
    {
        if (member is null)
        {
            return path;
        }
        if (member.StartsWith('[') && path.EndsWith(']') && path.LastIndexOf('[') is int open and > 0)
        {
            path = path[..open];
        }
        return path + member;
    }

    internal static string Rebase(string? path, string prefix) =>
        path is null or "$" ? prefix : prefix + path[1..];

    private static PolicingJsonException FromSystemTextJson(JsonException e, ReadOnlySpan<byte> utf8, JsonTypeInfo typeInfo, string prefix)
    {
        string raw = e.Message;
        int cut = raw.IndexOf(" Path: ", StringComparison.Ordinal);
        string message = cut >= 0 ? raw[..cut] : raw;
        string path = Rebase(e.Path, prefix);
        message = message.Replace("PolicingModel.Serialization.", "", StringComparison.Ordinal).Replace("PolicingModel.", "", StringComparison.Ordinal);
        bool syntax = e.InnerException?.GetType().Name == "JsonReaderException";
        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new(PolicingJsonErrorKind.TooDeep, path, $"the document nests deeper than the maximum of {PolicingJson.MaxDepth} levels.", e);
        }
        if (syntax)
        {
            return new(PolicingJsonErrorKind.Syntax, path, $"the text is not valid JSON: {message}", e);
        }
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return new(PolicingJsonErrorKind.UnknownMember, path, $"unknown member '{unmapped.Groups[1].Value}' in {Article(unmapped.Groups[2].Value)}; check the spelling against the schema, or read leniently to skip unknown members.", e);
        }
        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            return new(PolicingJsonErrorKind.MissingMember, path, $"{Article(missing.Groups[1].Value)} is missing required member(s) {missing.Groups[2].Value.TrimEnd('.')}.", e);
        }
        if (NullParameter().Match(message) is { Success: true } nullParameter)
        {
            return new(PolicingJsonErrorKind.NullNotAllowed, path, $"null is not allowed for '{nullParameter.Groups[1].Value}' in {Article(nullParameter.Groups[2].Value)}.", e);
        }
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("nullab", StringComparison.OrdinalIgnoreCase))
        {
            return new(PolicingJsonErrorKind.NullNotAllowed, path, $"null is not allowed here ({message}).", e);
        }
        if (Duplicate().Match(message) is { Success: true } duplicate)
        {
            return new(PolicingJsonErrorKind.DuplicateMember, path, $"the member '{duplicate.Groups[1].Value}' appears more than once; each member may appear only once.", e);
        }
        if (message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || message.Contains("metadata property", StringComparison.OrdinalIgnoreCase))
        {
            if (Locate(utf8, typeInfo, prefix, e) is { Kind: PolicingJsonErrorKind.UnknownKind } located)
            {
                return located;
            }
            return new(PolicingJsonErrorKind.UnknownKind, path, $"unknown or misplaced \"kind\": {message} Each seized item, bail condition and arrest outcome must start with a known \"kind\".", e);
        }
        if (ConvertTo().Match(message) is { Success: true } convert)
        {
            string type = convert.Groups[1].Value;
            return new(
                PolicingJsonErrorKind.WrongType,
                path,
                type.StartsWith("System.", StringComparison.Ordinal)
                    ? $"the value has the wrong JSON type; expected {Article(type)}."
                    : $"the value has the wrong JSON type for this member of {Article(type)}; check it against the schema.",
                e);
        }
        return new(PolicingJsonErrorKind.WrongType, path, message, e);
    }

    private static string Article(string typeName)
    {
        string name = typeName.Replace("PolicingModel.Serialization.", "", StringComparison.Ordinal).Replace("PolicingModel.", "", StringComparison.Ordinal);
        return name switch
        {
            "System.String" => "a string",
            "System.Boolean" => "a boolean (true or false)",
            "System.Int32" => "a whole number",
            _ when name.StartsWith("PolicingModel.EquatableArray", StringComparison.Ordinal) || name.StartsWith("EquatableArray", StringComparison.Ordinal) => "an array",
            _ => $"{("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an" : "a")} {name} object",
        };
    }

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '([^']*)'")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"JSON deserialization for type '([^']*)' was missing required properties including: (.*)")]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"parameter '([^']*)' on type '([^']*)' doesn't allow null")]
    private static partial Regex NullParameter();

    [GeneratedRegex(@"Duplicate property '([^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"could not be converted to ([^\s]*)\.")]
    private static partial Regex ConvertTo();

    // Finds where a constructor rejected well-formed values: walks the document with the contract's metadata and
    // deserialises each object from the deepest up; the first one that fails is reported with the model's own message.
    private static PolicingJsonException Locate(ReadOnlySpan<byte> utf8, JsonTypeInfo typeInfo, string prefix, Exception original)
    {
        if (!utf8.IsEmpty)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = PolicingJson.MaxDepth });
                if (Walk(document.RootElement, typeInfo, prefix) is { } found)
                {
                    return found;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Malformed JSON or invalid UTF-8 elsewhere in the document: fall through to the unlocated report below.
            }
        }
        return new PolicingJsonException(PolicingJsonErrorKind.InvalidValue, prefix, original is ArgumentException a ? WithoutParameter(a) : original.Message, original);
    }

    // The offset of the first byte that is not part of well-formed UTF-8, or null when all of it is.
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        for (int offset = 0; offset < utf8.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return null;
    }

    // The model's message without the " (Parameter 'x')" that ArgumentException appends.
    private static string WithoutParameter(ArgumentException e)
    {
        string message = e.Message;
        int cut = e.ParamName is null ? -1 : message.LastIndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    private static PolicingJsonException? Walk(JsonElement element, JsonTypeInfo typeInfo, string path)
    {
        JsonSerializerOptions options = typeInfo.Options;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (typeInfo.PolymorphismOptions is { } polymorphism && element.ValueKind == JsonValueKind.Object)
        {
            string? kind = null;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.Name == PolymorphicKinds.PropertyName && property.Value.ValueKind == JsonValueKind.String)
                {
                    kind = property.Value.GetString();
                }
                break; // only a leading "kind" counts
            }
            Type? derived = null;
            foreach (var candidate in polymorphism.DerivedTypes)
            {
                if (candidate.TypeDiscriminator as string == kind)
                {
                    derived = candidate.DerivedType;
                }
            }
            if (derived is null)
            {
                string known = string.Join(", ", polymorphism.DerivedTypes.Select(d => $"'{d.TypeDiscriminator}'"));
                return new PolicingJsonException(
                    PolicingJsonErrorKind.UnknownKind,
                    path,
                    kind is null ? $"the object must start with a \"kind\" member, one of {known}." : $"'{kind}' is not a known kind; expected one of {known}.");
            }
            typeInfo = options.GetTypeInfo(derived);
        }
        if (typeInfo.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                JsonPropertyInfo? member = typeInfo.Properties.FirstOrDefault(p => p.Name == property.Name);
                if (member is not null && Walk(property.Value, options.GetTypeInfo(member.PropertyType), $"{path}.{property.Name}") is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && typeInfo.ElementType is { } elementType)
        {
            JsonTypeInfo elementInfo = options.GetTypeInfo(elementType);
            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Null && !elementType.IsValueType)
                {
                    return new PolicingJsonException(PolicingJsonErrorKind.NullNotAllowed, $"{path}[{index}]", "null is not allowed as an element of this array.");
                }
                if (Walk(item, elementInfo, $"{path}[{index}]") is { } inner)
                {
                    return inner;
                }
                index++;
            }
        }
        try
        {
            JsonSerializer.Deserialize(element, typeInfo);
        }
        catch (ArgumentException e)
        {
            return new PolicingJsonException(PolicingJsonErrorKind.InvalidValue, path, WithoutParameter(e), e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not a constructor rule; it is reported by the normal path or by an outer level.
        }
        return null;
    }
}
