using PolicingModel.Reference;

namespace PolicingModel.Tests.Reporting;

public sealed partial class ReportedPhrasesTest
{
    [Fact]
    public void Cannabis_plants_and_bags_use_their_natural_nouns()
    {
        Lines(OneDay()
                .Seize(DrugsSeized.Of(Substances.Cannabis, 34m, QuantityUnit.Plants))
                .Seize(DrugsSeized.Of(Substances.Methamphetamine, 5m, QuantityUnit.Bags)))
            .Should().Contain("– Class A and B drugs found, including 34 cannabis plants and 5 bags of methamphetamine.");
    }
}
