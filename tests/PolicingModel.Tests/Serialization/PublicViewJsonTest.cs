using System.Text.Json;
using PolicingModel.Privacy;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

public sealed class PublicViewJsonTest
{
    [Fact]
    public void The_county_lines_view_is_written_with_codes_labels_and_suppressed_counts()
    {
        PublicOperationView view = PublicOperationView.Of(CountyLinesWarrantsOperation.Operation);

        using JsonDocument json = JsonDocument.Parse(PolicingJson.WritePublicView(view));
        JsonElement root = json.RootElement;
        JsonElement arrests = root.GetProperty("arrests");

        root.GetProperty("leadForce").GetString().Should().Be("metropolitan");
        root.GetProperty("totalArrests").GetProperty("value").GetInt32().Should().Be(7);
        arrests.GetProperty("threshold").GetInt32().Should().Be(3);
        arrests.GetProperty("total").GetInt32().Should().Be(7);
        JsonElement drugs = arrests.GetProperty("byOffenceGroup").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "drugs");
        drugs.GetProperty("label").GetString().Should().NotBeNullOrWhiteSpace();
        drugs.GetProperty("count").GetInt32().Should().Be(6, "one of the seven was principally arrested for possession of criminal property");
        JsonElement[] sexes = [.. arrests.GetProperty("bySex").EnumerateArray()];
        sexes.Select(c => c.GetProperty("category").GetString()).Should().Equal("male", "female", "unknown");
        sexes.Single(c => c.GetProperty("category").GetString() == "female").GetProperty("fewerThan").GetInt32().Should().Be(3);
        sexes.Should().OnlyContain(c => c.EnumerateObject().Count() == 3, "each cell has a category, a label and one of count, fewerThan or withheld");
    }
}
