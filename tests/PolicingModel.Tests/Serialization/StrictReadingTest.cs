using System.Text;
using System.Text.Json.Nodes;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>One test per malformed-input kind: the exception type, its kind, and the JSON Pointer in the message.</summary>
public sealed class StrictReadingTest
{
    private static JsonObject Document() => JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Samples.Document()))!.AsObject();

    private static JsonObject FirstArrest(JsonObject document) => document["operations"]![0]!["arrests"]![0]!.AsObject();

    private static PolicingJsonException Reject(string json, PolicingJsonErrorKind kind, string path)
    {
        Action read = () => PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(json));
        PolicingJsonException error = read.Should().Throw<PolicingJsonException>().Which;
        error.Kind.Should().Be(kind, error.Message);
        error.Pointer.Should().Be(path, error.Message);
        error.Message.Should().StartWith(path + ": ");
        return error;
    }

    private static PolicingJsonException Reject(JsonObject document, PolicingJsonErrorKind kind, string path) =>
        Reject(document.ToJsonString(), kind, path);

    [Fact]
    public void Unknown_member()
    {
        JsonObject document = Document();
        FirstArrest(document)["arestedAt"] = "2020-10-29T05:12:00Z";
        Reject(document, PolicingJsonErrorKind.UnknownMember, "/operations/0/arrests/0/arestedAt").Message.Should().Contain("'arestedAt'");
    }

    [Fact]
    public void Unknown_member_inside_a_value_object()
    {
        JsonObject document = Document();
        FirstArrest(document)["person"]!["age"]!["years"] = 26;
        Reject(document, PolicingJsonErrorKind.UnknownMember, "/operations/0/arrests/0/person/age/years");
    }

    [Fact]
    public void Unknown_members_are_skipped_only_when_reading_leniently()
    {
        JsonObject document = Document();
        FirstArrest(document)["arestedAt"] = "2020-10-29T05:12:00Z";
        FirstArrest(document)["person"]!["age"]!["years"] = 26;
        PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(document.ToJsonString()), PolicingJsonReading.Lenient).Should().Be(Samples.Document());
    }

    [Fact]
    public void Missing_required_member()
    {
        JsonObject document = Document();
        FirstArrest(document).Remove("arrestedAt");
        Reject(document, PolicingJsonErrorKind.MissingMember, "/operations/0/arrests/0/arrestedAt").Message.Should().Contain("'arrestedAt'");
    }

    [Fact]
    public void Missing_required_member_inside_a_value_object()
    {
        JsonObject document = Document();
        document["operations"]![0]!["seizures"]![0]!["item"]!["amount"]!.AsObject().Remove("currency");
        Reject(document, PolicingJsonErrorKind.MissingMember, "/operations/0/seizures/0/item/amount/currency");
    }

    [Fact]
    public void Missing_schema_version()
    {
        JsonObject document = Document();
        document.Remove("schemaVersion");
        Reject(document, PolicingJsonErrorKind.MissingMember, "/schemaVersion").Message.Should().Contain("'schemaVersion'");
    }

    [Fact]
    public void Null_where_not_allowed()
    {
        JsonObject document = Document();
        FirstArrest(document)["person"] = null;
        Reject(document, PolicingJsonErrorKind.NullNotAllowed, "/operations/0/arrests/0/person");
    }

    [Fact]
    public void Null_inside_a_collection()
    {
        JsonObject document = Document();
        FirstArrest(document)["offences"]!.AsArray().Add(null);
        Reject(document, PolicingJsonErrorKind.NullNotAllowed, "/operations/0/arrests/0/offences/2");
    }

    [Fact]
    public void Null_inside_a_collection_of_codes()
    {
        JsonObject document = Document();
        document["operations"]![0]!["focus"]!.AsArray().Insert(0, null);
        Reject(document, PolicingJsonErrorKind.NullNotAllowed, "/operations/0/focus/0");
    }

    [Fact]
    public void Duplicate_member()
    {
        string json = Document().ToJsonString().Replace("\"arrestedAt\":\"2020-10-29T05:12:00Z\"", "\"arrestedAt\":\"2020-10-29T05:12:00Z\",\"arrestedAt\":\"2020-10-29T05:13:00Z\"", StringComparison.Ordinal);
        Reject(json, PolicingJsonErrorKind.DuplicateMember, "/operations/0/arrests/0/arrestedAt");
    }

    [Fact]
    public void Duplicate_member_inside_a_value_object()
    {
        string json = Document().ToJsonString().Replace("\"amount\":20000,", "\"amount\":20000,\"amount\":1,", StringComparison.Ordinal);
        Reject(json, PolicingJsonErrorKind.DuplicateMember, "/operations/0/seizures/0/item/amount/amount");
    }

    [Fact]
    public void Wrong_type_number_for_an_instant()
    {
        JsonObject document = Document();
        FirstArrest(document)["arrestedAt"] = 1603948320;
        Reject(document, PolicingJsonErrorKind.WrongType, "/operations/0/arrests/0/arrestedAt").Message.Should().Contain("ISO-8601");
    }

    [Fact]
    public void Wrong_type_number_for_a_code()
    {
        JsonObject document = Document();
        FirstArrest(document)["force"] = 23;
        Reject(document, PolicingJsonErrorKind.WrongType, "/operations/0/arrests/0/force");
    }

    [Fact]
    public void Wrong_type_string_for_an_amount()
    {
        JsonObject document = Document();
        document["operations"]![0]!["seizures"]![0]!["item"]!["amount"]!["amount"] = "20000";
        Reject(document, PolicingJsonErrorKind.WrongType, "/operations/0/seizures/0/item/amount/amount");
    }

    [Fact]
    public void Wrong_type_string_for_a_boolean()
    {
        JsonObject document = Document();
        FirstArrest(document)["outcome"]!["remandedInCustody"] = "yes";
        Reject(document, PolicingJsonErrorKind.WrongType, "/operations/0/arrests/0/outcome/remandedInCustody");
    }

    [Fact]
    public void Malformed_instant()
    {
        JsonObject document = Document();
        FirstArrest(document)["arrestedAt"] = "2020-13-29T05:12:00Z";
        Reject(document, PolicingJsonErrorKind.WrongType, "/operations/0/arrests/0/arrestedAt").Message.Should().Contain("2020-13-29T05:12:00Z");
    }

    [Fact]
    public void Unknown_code()
    {
        JsonObject document = Document();
        FirstArrest(document)["force"] = "gotham";
        Reject(document, PolicingJsonErrorKind.UnknownCode, "/operations/0/arrests/0/force").Message.Should().Contain("'gotham'");
    }

    [Fact]
    public void Unknown_offence_code()
    {
        JsonObject document = Document();
        FirstArrest(document)["offences"]![1]!["offence"] = "jaywalking";
        Reject(document, PolicingJsonErrorKind.UnknownCode, "/operations/0/arrests/0/offences/1/offence");
    }

    [Fact]
    public void Unknown_discriminator()
    {
        JsonObject document = Document();
        FirstArrest(document)["outcome"] = new JsonObject { ["kind"] = "executed" };
        Reject(document, PolicingJsonErrorKind.UnknownKind, "/operations/0/arrests/0/outcome/kind").Message.Should().Contain("'executed'");
    }

    [Fact]
    public void Missing_discriminator()
    {
        JsonObject document = Document();
        FirstArrest(document)["outcome"] = new JsonObject { ["conditional"] = true };
        Reject(document, PolicingJsonErrorKind.UnknownKind, "/operations/0/arrests/0/outcome");
    }

    [Fact]
    public void A_discriminator_anywhere_in_its_object_is_read()
    {
        JsonObject document = Document();
        FirstArrest(document)["outcome"] = new JsonObject { ["conditional"] = true, ["kind"] = "cautioned" };
        PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(document.ToJsonString())).Operations[0].Arrests[0].Outcome.Should().Be(new Cautioned(conditional: true));
    }

    [Fact]
    public void Excessive_depth()
    {
        // Lenient reading skips the unknown member, so only the depth limit can stop this document.
        JsonObject document = Document();
        JsonNode deep = new JsonArray();
        for (int i = 0; i < 40; i++)
        {
            deep = new JsonArray(deep);
        }
        FirstArrest(document)["notes"] = deep;
        Action read = () => PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(document.ToJsonString()), PolicingJsonReading.Lenient);
        PolicingJsonException error = read.Should().Throw<PolicingJsonException>().Which;
        error.Kind.Should().Be(PolicingJsonErrorKind.TooDeep, error.Message);
        error.Pointer.Should().Be("/operations/0/arrests/0/notes", "the skipped member is where the depth was exceeded");
        error.Message.Should().StartWith(error.Pointer + ": ").And.Contain("32");
    }

    [Fact]
    public void Syntax_error()
    {
        string json = Document().ToJsonString();
        Reject(json[..(json.Length / 2)], PolicingJsonErrorKind.Syntax, ExpectedTruncationPath(json));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0.0\", \"operations\": [")]
    [InlineData("{\"schemaVersion\": \"1.0.0\", \"operations\": [{")]
    public void Unclosed_document_is_a_syntax_error_not_a_depth_error(string json)
    {
        Action read = () => PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(json));
        read.Should().Throw<PolicingJsonException>().Which.Kind.Should().Be(PolicingJsonErrorKind.Syntax);
    }

    private static string ExpectedTruncationPath(string json)
    {
        try
        {
            PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(json[..(json.Length / 2)]));
        }
        catch (PolicingJsonException e)
        {
            e.Pointer.Should().StartWith("/operations/0");
            return e.Pointer;
        }
        throw new InvalidOperationException("expected a syntax error");
    }

    [Fact]
    public void Constructor_rule_broken()
    {
        JsonObject document = Document();
        FirstArrest(document)["custody"]!["arrivedAtStationAt"] = "2020-10-29T04:00:00Z";
        Reject(document, PolicingJsonErrorKind.InvalidValue, "/operations/0/arrests/0").Message.Should().Contain("must not be before the arrest");
    }

    [Fact]
    public void Constructor_rule_broken_deep_inside()
    {
        JsonObject document = Document();
        document["operations"]![0]!["arrests"]![1]!["outcome"]!["bail"]!["answerOn"] = "2023-08-01";
        Reject(document, PolicingJsonErrorKind.InvalidValue, "/operations/0/arrests/1/outcome/bail").Message.Should().Contain("answerOn");
    }

    [Fact]
    public void Value_object_rule_broken()
    {
        JsonObject document = Document();
        document["operations"]![0]!["seizures"]![0]!["item"]!["amount"]!["amount"] = -5;
        Reject(document, PolicingJsonErrorKind.InvalidValue, "/operations/0/seizures/0/item/amount/amount");
    }

    [Fact]
    public void Newer_major_schema_version()
    {
        JsonObject document = Document();
        document["schemaVersion"] = "2.0.0";
        Reject(document, PolicingJsonErrorKind.UnsupportedVersion, "/schemaVersion");
    }

    [Fact]
    public void Newer_minor_schema_version_is_read()
    {
        JsonObject document = Document();
        document["schemaVersion"] = "1.4.2";
        PolicingJson.ReadDocument(Encoding.UTF8.GetBytes(document.ToJsonString())).Operations.Should().Equal(Samples.Document().Operations);
    }

    [Fact]
    public void Malformed_schema_version()
    {
        JsonObject document = Document();
        document["schemaVersion"] = "v1";
        Reject(document, PolicingJsonErrorKind.UnsupportedVersion, "/schemaVersion");
    }

    [Fact]
    public void Top_level_null()
    {
        Action read = () => PolicingJson.Read<Arrest>("null"u8);
        read.Should().Throw<PolicingJsonException>().Which.Kind.Should().Be(PolicingJsonErrorKind.NullNotAllowed);
    }
}
