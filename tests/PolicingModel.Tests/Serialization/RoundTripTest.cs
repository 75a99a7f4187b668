using System.Text;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

public sealed class RoundTripTest
{
    [Fact]
    public void Sample_document_round_trips_to_an_equal_graph()
    {
        PolicingDocument document = Samples.Document();
        byte[] json = PolicingJson.WriteToUtf8Bytes(document);
        PolicingDocument back = PolicingJson.ReadDocument(json);
        back.Should().Be(document, Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Writes_the_documented_shapes()
    {
        string json = PolicingJson.WriteToString(Samples.Document(), indented: true);
        json.Should().Contain($"\"schemaVersion\": \"{PolicingDocument.CurrentSchemaVersion}\"");
        json.Should().Contain("\"amount\": 20000,");
        json.Should().Contain("\"currency\": \"GBP\"");
        json.Should().Contain("\"precision\": \"approximate\"");
        json.Should().Contain("\"arrestedAt\": \"2020-10-29T05:12:00Z\"");
        json.Should().Contain("\"releasedAt\": \"2020-10-30T11:00:00.123456789Z\"");
        json.Should().Contain("\"kind\": \"released-under-investigation\"");
        json.Should().Contain("\"offence\": \"concerned-in-supply\"");
        json.Should().Contain("\"substance\": \"crack-cocaine\"");
        json.Should().NotContain("principalOffence");
    }
}
