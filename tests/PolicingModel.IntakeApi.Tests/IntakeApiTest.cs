using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicingModel.Samples;
using PolicingModel.Serialization;

namespace PolicingModel.IntakeApi.Tests;

/// <summary>
/// The intake end to end: real HTTP requests through the ASP.NET Core pipeline of the sample (test host), with bodies
/// from a kilobyte to several megabytes, members in sorted order, escaped codes and malformed input.
/// </summary>
public sealed class IntakeApiTest(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly PolicingDocument Sources = PolicingDocument.Create([CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation]);

    [Fact]
    public async Task A_valid_document_of_several_megabytes_written_by_the_library_is_accepted()
    {
        PolicingDocument large = Large(12_000);
        byte[] body = PolicingJson.WriteToUtf8Bytes(large);
        body.Length.Should().BeGreaterThan(4 * 1024 * 1024);
        HttpResponseMessage response = await Post(body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        JsonNode answer = await Json(response);
        answer["arrests"]!.GetValue<int>().Should().Be(large.Operations.Sum(o => o.Arrests.Length));
    }

    [Fact]
    public async Task A_small_document_is_accepted_with_its_warnings()
    {
        byte[] body = PolicingJson.WriteToUtf8Bytes(Sources);
        body.Length.Should().BeLessThan(64 * 1024);
        HttpResponseMessage response = await Post(body);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode answer = await Json(response);
        answer["operations"]!.GetValue<int>().Should().Be(2);
        answer["problems"]!.AsArray().Should().OnlyContain(p => p!["severity"]!.GetValue<string>() != "error");
    }

    [Fact]
    public async Task Members_in_sorted_order_and_escaped_codes_are_accepted()
    {
        JsonNode sorted = Sort(JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Sources))!);
        string text = sorted.ToJsonString().Replace("\"remains-in-custody\"", "\"remains\\u002din-custody\"", StringComparison.Ordinal);
        (await Post(Encoding.UTF8.GetBytes(text))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.3.0\", \"operations\": [", "syntax", "")]
    [InlineData("not json", "syntax", "")]
    public async Task Malformed_input_is_a_400_problem_never_a_500(string body, string kind, string pointerPrefix)
    {
        HttpResponseMessage response = await Post(Encoding.UTF8.GetBytes(body));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        JsonNode problem = await Json(response);
        if (problem["kind"] is { } reported)
        {
            reported.GetValue<string>().Should().Be(kind);
            problem["pointer"]!.GetValue<string>().Should().StartWith(pointerPrefix);
        }
        else
        {
            problem["status"]!.GetValue<int>().Should().Be(400);
        }
    }

    [Fact]
    public async Task An_unreadable_document_is_a_400_with_the_kind_and_a_json_pointer()
    {
        var document = JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Sources))!;
        document["operations"]![0]!["arrests"]![2]!["arestedAt"] = "2020-10-29T05:12:00Z";
        JsonNode problem = await Problem(document, HttpStatusCode.BadRequest);
        problem["kind"]!.GetValue<string>().Should().Be("unknown-member");
        problem["pointer"]!.GetValue<string>().Should().Be("/operations/0/arrests/2/arestedAt");

        document = JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Sources))!;
        document["operations"]![0]!["arrests"]![0]!["offences"] = new JsonArray();
        problem = await Problem(document, HttpStatusCode.BadRequest);
        problem["kind"]!.GetValue<string>().Should().Be("invalid-value", "an arrest with no offence is refused by the reader, not a 500");
        problem["pointer"]!.GetValue<string>().Should().Be("/operations/0/arrests/0/offences");

        document = JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Sources))!;
        document["schemaVersion"] = "2.0.0";
        (await Problem(document, HttpStatusCode.BadRequest))["kind"]!.GetValue<string>().Should().Be("unsupported-version");
    }

    [Fact]
    public async Task A_readable_but_invalid_document_is_a_422_with_every_problem()
    {
        var document = JsonNode.Parse(PolicingJson.WriteToUtf8Bytes(Sources))!;
        document["operations"]![0]!["arrests"]![0]!["warrant"] = "no-such-warrant";
        document["operations"]![0]!["arrests"]![1]!["arrestedAt"] = "2020-10-01T05:00:00Z";
        JsonNode problem = await Problem(document, (HttpStatusCode)422);
        JsonArray problems = problem["problems"]!.AsArray();
        problems.Select(p => (p!["code"]!.GetValue<string>(), p["pointer"]!.GetValue<string>())).Should().Contain(
        [
            ("PM1020", "/operations/0/arrests/0/warrant"),
            ("PM1010", "/operations/0/arrests/1/arrestedAt"),
        ]);
        problems.Should().OnlyContain(p => p!["message"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task A_body_beyond_the_cap_is_a_413_problem()
    {
        using WebApplicationFactory<Program> small = factory.WithWebHostBuilder(b => b.UseSetting("Intake:MaxBodyBytes", "1024"));
        using HttpClient client = small.CreateClient();
        using var content = new ByteArrayContent(PolicingJson.WriteToUtf8Bytes(Sources));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response = await client.PostAsync("/documents", content);
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_content_type_is_refused()
    {
        using HttpClient client = factory.CreateClient();
        using var content = new StringContent("schemaVersion=1.3.0", Encoding.UTF8, "text/plain");
        HttpResponseMessage response = await client.PostAsync("/documents", content);
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<HttpResponseMessage> Post(byte[] body)
    {
        HttpClient client = factory.CreateClient();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync("/documents", content);
    }

    private async Task<JsonNode> Problem(JsonNode document, HttpStatusCode status)
    {
        HttpResponseMessage response = await Post(Encoding.UTF8.GetBytes(document.ToJsonString()));
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return await Json(response);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    // The county-lines operation with its arrests repeated (fresh ids) until it holds count arrests.
    private static PolicingDocument Large(int count)
    {
        Operation source = CountyLinesWarrantsOperation.Operation;
        Operation.Builder builder = source.ToBuilder();
        builder.Arrests.Clear();
        for (int i = 0; i < count; i++)
        {
            Arrest.Builder arrest = source.Arrests[i % source.Arrests.Length].ToBuilder();
            arrest.Id = new ArrestId($"a{i}");
            builder.Arrests.Add(arrest.ToArrest());
        }
        builder.Seizures.RemoveAll(s => s.FromArrest is not null);
        builder.Safeguarding.RemoveAll(s => s.RelatedArrest is not null);
        builder.ReportedTotals.Clear(); // "seven arrests" no longer describes the copy
        return PolicingDocument.Create([builder.ToOperation()]);
    }

    private static JsonNode Sort(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sort(p.Value.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Sort(item.DeepClone()))]),
        _ => node.DeepClone(),
    };
}
