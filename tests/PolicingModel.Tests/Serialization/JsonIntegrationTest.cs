using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// The contract inside a caller's own System.Text.Json setup: it changes nothing for the caller's types, composes with
/// their source-generated context, and every entry point refuses bad input with PolicingJsonException.
/// </summary>
public sealed class JsonIntegrationTest
{
    private static readonly UserDto Dto = new() { Title = "<b>Night & Day</b> — “quoted”", Count = 12, Colour = UserColour.DarkBlue, When = new DateTime(2024, 3, 12, 5, 0, 0, DateTimeKind.Utc) };

    [Theory]
    [InlineData(JsonSerializerDefaults.General)]
    [InlineData(JsonSerializerDefaults.Web)]
    public void A_users_own_types_serialise_exactly_as_before(JsonSerializerDefaults defaults)
    {
        string before = JsonSerializer.Serialize(Dto, new JsonSerializerOptions(defaults));
        string after = JsonSerializer.Serialize(Dto, new JsonSerializerOptions(defaults).ConfigureForPolicingModel());
        after.Should().Be(before);

        // Web defaults read case-insensitively and numbers from strings; that stays so for the caller's types.
        const string sloppy = """{"TITLE":"x","count":"7","colour":1}""";
        if (defaults == JsonSerializerDefaults.Web)
        {
            JsonSerializer.Deserialize<UserDto>(sloppy, new JsonSerializerOptions(defaults).ConfigureForPolicingModel())!.Count.Should().Be(7);
        }
    }

    [Theory]
    [InlineData(JsonSerializerDefaults.General)]
    [InlineData(JsonSerializerDefaults.Web)]
    public void The_contracts_types_are_written_and_read_exactly_as_the_library_does_whatever_the_callers_settings(JsonSerializerDefaults defaults)
    {
        var options = new JsonSerializerOptions(defaults) { PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString, WriteIndented = false }.ConfigureForPolicingModel();
        PolicingDocument document = Samples.Document();
        byte[] library = PolicingJson.WriteToUtf8Bytes(document);
        byte[] caller = JsonSerializer.SerializeToUtf8Bytes(document, options);
        JsonSerializer.Deserialize<PolicingDocument>(caller, options).Should().Be(document);
        PolicingJson.ReadDocument(caller).Should().Be(document, "the caller's encoder may escape differently, but the reader reads it");
        Encoding.UTF8.GetString(caller).Replace("\\u00A3", "£", StringComparison.Ordinal).Length.Should().BeLessThanOrEqualTo(Encoding.UTF8.GetString(caller).Length);

        // Strictness is the contract's, not the options': a member in the wrong case is still unknown.
        string shouting = Encoding.UTF8.GetString(library).Replace("\"arrestedAt\"", "\"ArrestedAt\"", StringComparison.Ordinal);
        Action read = () => JsonSerializer.Deserialize<PolicingDocument>(shouting, options);
        read.Should().Throw<PolicingJsonException>().Which.Kind.Should().Be(PolicingJsonErrorKind.UnknownMember);
    }

    [Fact]
    public void The_resolver_composes_with_a_users_source_generated_context()
    {
        var options = new JsonSerializerOptions();
        options.TypeInfoResolverChain.Add(PolicingJson.TypeInfoResolver);
        options.TypeInfoResolverChain.Add(UserContext.Default);
        var envelope = new Envelope("forwarded", Samples.Document().Operations[0].Arrests[0]);

        string json = JsonSerializer.Serialize(envelope, options);
        json.Should().Contain("\"Arrest\":" + PolicingJson.WriteToString(envelope.Arrest), "the arrest is written by the contract, the envelope by the caller's context");
        JsonSerializer.Deserialize<Envelope>(json, options).Should().Be(envelope);
        JsonSerializer.Serialize(Dto, options).Should().Be(JsonSerializer.Serialize(Dto, UserContext.Default.UserDto));
    }

    [Fact]
    public void Every_entry_point_refuses_bad_input_with_the_same_exception_kind_and_pointer()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Samples.Document()))!;
        document["operations"]![0]!["arrests"]![0]!["offences"] = new System.Text.Json.Nodes.JsonArray();
        string noOffences = document.ToJsonString();
        var configured = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForPolicingModel();
        Func<PolicingDocument?>[] entryPoints =
        [
            () => PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(noOffences)),
            () => JsonSerializer.Deserialize<PolicingDocument>(noOffences, PolicingJson.Options),
            () => JsonSerializer.Deserialize(noOffences, PolicingJson.TypeInfo<PolicingDocument>()),
            () => JsonSerializer.Deserialize<PolicingDocument>(noOffences, configured),
        ];
        foreach (Func<PolicingDocument?> read in entryPoints)
        {
            PolicingJsonException error = read.Should().Throw<PolicingJsonException>().Which;
            error.Kind.Should().Be(PolicingJsonErrorKind.InvalidValue, "an arrest needs at least one offence, and that is the reader's refusal, not an ArgumentException");
            error.Pointer.Should().Be("/operations/0/arrests/0/offences");
        }
    }

    [Fact]
    public void The_schema_version_is_checked_wherever_a_document_is_read()
    {
        string json = Encoding.UTF8.GetString(PolicingJson.WriteToUtf8Bytes(Samples.Document())).Replace("\"schemaVersion\":\"1.3.0\"", "\"schemaVersion\":\"2.0.0\"", StringComparison.Ordinal);
        var configured = new JsonSerializerOptions().ConfigureForPolicingModel();
        foreach (Action read in new Action[]
        {
            () => PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(json)),
            () => JsonSerializer.Deserialize(json, PolicingJson.TypeInfo<PolicingDocument>()),
            () => JsonSerializer.Deserialize<PolicingDocument>(json, configured),
        })
        {
            read.Should().Throw<PolicingJsonException>().Which.Kind.Should().Be(PolicingJsonErrorKind.UnsupportedVersion);
        }
    }

    [Fact]
    public void A_user_defined_offence_is_written_with_its_definition_and_read_back_equal()
    {
        var harassment = new Offence("drone-over-prison", "Flying a drone over a prison", "Prison Act 1952 s.22A", OffenceGroup.Other,
            maximumSentences: [MaximumSentence.YearsImprisonment(2)]);
        Arrest arrest = Samples.Document().Operations[0].Arrests[0].ToBuilder() is { } builder ? With(builder, harassment) : null!;
        string json = PolicingJson.WriteToString(arrest);
        json.Should().Contain("\"offence\":{\"code\":\"drone-over-prison\"");
        PolicingJson.Read<Arrest>(Encoding.UTF8.GetBytes(json)).Should().Be(arrest);
    }

    [Fact]
    public void An_offence_that_reuses_a_library_code_with_other_facts_is_refused_when_written_and_when_read()
    {
        var impostor = new Offence(Offences.Possession.Code, "Something else", "Some Act s.1", OffenceGroup.Other);
        Arrest arrest = With(Samples.Document().Operations[0].Arrests[0].ToBuilder(), impostor);
        Action write = () => PolicingJson.Write(arrest);
        write.Should().Throw<JsonException>().WithMessage("*reuses the library's code*");

        string definition = """{"code":"possession","title":"Something else","legislation":"Some Act s.1","group":"other"}""";
        string json = PolicingJson.WriteToString(Samples.Document().Operations[0].Arrests[0]);
        string withDefinition = System.Text.RegularExpressions.Regex.Replace(json, "\"offence\":\"[a-z-]+\"", "\"offence\":" + definition);
        Action read = () => PolicingJson.Read<Arrest>(Encoding.UTF8.GetBytes(withDefinition));
        read.Should().Throw<PolicingJsonException>().Which.Kind.Should().Be(PolicingJsonErrorKind.InvalidValue);
    }

    private static Arrest With(Arrest.Builder builder, Offence offence)
    {
        builder.Offences.Clear();
        builder.Offences.Add(new SuspectedOffence(offence));
        return builder.ToArrest();
    }

    /// <summary>A caller's own type, with things options change: names, HTML-sensitive text, numbers, an enum, a date.</summary>
    public sealed class UserDto
    {
        /// <summary>Text with markup and curly quotes.</summary>
        public string Title { get; set; } = "";

        /// <summary>A number.</summary>
        public int Count { get; set; }

        /// <summary>An enum of the caller's.</summary>
        public UserColour Colour { get; set; }

        /// <summary>A date.</summary>
        public DateTime When { get; set; }
    }

    /// <summary>An enum of the caller's.</summary>
    public enum UserColour
    {
        /// <summary>Red.</summary>
        Red,

        /// <summary>Dark blue.</summary>
        DarkBlue,
    }

    /// <summary>A caller's record that carries an arrest.</summary>
    /// <param name="Note">A note.</param>
    /// <param name="Arrest">The arrest.</param>
    public sealed record Envelope(string Note, Arrest Arrest);
}

/// <summary>A caller's source-generated context, living beside the contract's resolver.</summary>
[JsonSerializable(typeof(JsonIntegrationTest.Envelope))]
[JsonSerializable(typeof(JsonIntegrationTest.UserDto))]
internal sealed partial class UserContext : JsonSerializerContext;
