using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// The hand-written record converters (the fast path for arrests) are the generated contract, only faster: they write
/// the same bytes, and on any input, valid or broken in one of many ways, they accept exactly what the generated
/// metadata accepts and read the same value. Errors themselves are always reported by the metadata (see PolicingJson).
/// </summary>
public sealed class RecordConverterEquivalenceTest
{
    private static readonly JsonSerializerOptions Fast = PolicingJson.Options;
    private static readonly JsonSerializerOptions Metadata = PolicingJson.MetadataOptions;

    [Fact]
    public void Arrests_are_written_byte_for_byte_as_the_metadata_writes_them() =>
        ModelGenerators.Arrest.Sample(arrest =>
            JsonSerializer.SerializeToUtf8Bytes(arrest, Fast).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(arrest, Metadata)), iter: 500);

    [Fact]
    public void Documents_are_written_byte_for_byte_as_the_metadata_writes_them() =>
        ModelGenerators.Document.Sample(document =>
            JsonSerializer.SerializeToUtf8Bytes(document, Fast).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(document, Metadata)), iter: 60);

    [Fact]
    public void Broken_arrests_are_accepted_or_refused_exactly_as_the_metadata_does() =>
        Gen.Select(ModelGenerators.Arrest, Gen.Int[0, 11], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample(t =>
        {
            (Arrest arrest, int mutation, int where, int which) = t;
            byte[] json = Mutate(JsonSerializer.SerializeToUtf8Bytes(arrest, Metadata), mutation, where, which);
            (bool fastOk, Arrest? fastValue) = TryRead(json, Fast);
            (bool metadataOk, Arrest? metadataValue) = TryRead(json, Metadata);
            if (fastOk != metadataOk || fastValue != metadataValue)
            {
                throw new InvalidOperationException(
                    $"fast path {(fastOk ? "accepted" : "refused")}, metadata {(metadataOk ? "accepted" : "refused")} (mutation {mutation}): {Encoding.UTF8.GetString(json)}");
            }
        }, iter: 3000);

    [Fact]
    public void A_refused_arrest_is_reported_as_the_metadata_reports_it()
    {
        string json = Encoding.UTF8.GetString(PolicingJson.Write(Samples.Arrest())).Replace("\"sex\":\"male\"", "\"sex\":\"mail\"", StringComparison.Ordinal);
        PolicingJsonException error = FluentActions.Invoking(() => PolicingJson.Read<Arrest>(Encoding.UTF8.GetBytes(json))).Should().Throw<PolicingJsonException>().Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.UnknownCode);
        error.Path.Should().Be("$.person.sex");
    }

    private static (bool Ok, Arrest? Value) TryRead(byte[] json, JsonSerializerOptions options)
    {
        try
        {
            return (true, JsonSerializer.Deserialize<Arrest>(json, options));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or OverflowException)
        {
            return (false, null);
        }
    }

    /// <summary>One change somewhere in the arrest: a member removed, added, nulled, retyped, reordered or repeated; an array element nulled or repeated.</summary>
    private static byte[] Mutate(byte[] json, int mutation, int where, int which)
    {
        JsonNode root = JsonNode.Parse(json)!;
        var objects = new List<JsonObject>();
        var arrays = new List<JsonArray>();
        Collect(root, objects, arrays);
        JsonObject target = objects[where % objects.Count];
        List<string> names = [.. target.Select(p => p.Key)];
        string? name = names.Count == 0 ? null : names[which % names.Count];
        JsonObject? duplicateIn = null;
        switch (mutation)
        {
            case 0 when name is not null:
                target.Remove(name);
                break;
            case 1:
                target["notAMember"] = 1;
                break;
            case >= 2 and <= 7 when name is not null:
                target[name] = mutation switch
                {
                    2 => null,
                    3 => 1,
                    4 => "x",
                    5 => true,
                    6 => new JsonObject(),
                    _ => new JsonArray(),
                };
                break;
            case 8:
                var members = target.ToList();
                target.Clear();
                for (int i = members.Count - 1; i >= 0; i--)
                {
                    target[members[i].Key] = members[i].Value;
                }
                break;
            case 9 when name is not null:
                duplicateIn = target;
                break;
            case 10 when arrays.Count > 0:
                arrays[where % arrays.Count].Add(null);
                break;
            case 11 when arrays.Count > 0 && arrays[where % arrays.Count].Count > 0:
                JsonArray array = arrays[where % arrays.Count];
                array.Add(array[0]!.DeepClone());
                break;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(writer, root, duplicateIn, name);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects, List<JsonArray> arrays)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add(obj);
                foreach ((_, JsonNode? value) in obj)
                {
                    Collect(value, objects, arrays);
                }
                break;
            case JsonArray array:
                arrays.Add(array);
                foreach (JsonNode? item in array)
                {
                    Collect(item, objects, arrays);
                }
                break;
        }
    }

    /// <summary>Writes the tree, writing member <paramref name="name"/> of <paramref name="duplicateIn"/> twice (which no JsonObject can hold).</summary>
    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonObject? duplicateIn, string? name)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach ((string key, JsonNode? value) in obj)
                {
                    for (int i = 0; i < (ReferenceEquals(obj, duplicateIn) && key == name ? 2 : 1); i++)
                    {
                        writer.WritePropertyName(key);
                        Write(writer, value, duplicateIn, name);
                    }
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (JsonNode? item in array)
                {
                    Write(writer, item, duplicateIn, name);
                }
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
