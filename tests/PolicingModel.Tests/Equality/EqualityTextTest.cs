using PolicingModel.Equality;
using PolicingModel.Tests.Determinism;

namespace PolicingModel.Tests.Equality;

/// <summary>The text of every equality result is the same under any current culture.</summary>
public sealed class EqualityTextTest
{
    private static string Texts()
    {
        BinomialCount group = new(18, 120);
        BinomialCount reference = new(90, 900);
        return string.Join("\n",
            Proportions.Wilson(group, 0.9),
            Proportions.ClopperPearson(group),
            Proportions.Difference(group, reference),
            Proportions.Ratio(group, reference),
            FisherExactTest.Compare(group, reference),
            HomogeneityTest.Of([group, reference, new BinomialCount(7, 40)]),
            PowerAnalysis.Of(group, reference));
    }

    [Fact]
    public void Same_text_under_any_current_culture()
    {
        string invariant = CultureScope.Run("", Texts);
        foreach (string culture in CultureScope.Hostile)
        {
            CultureScope.Run(culture, Texts).Should().Be(invariant);
        }
        invariant.Should().Contain("Count = 18/120, Estimate = 0.15, Interval = 90% [").And.Contain("Difference = 0.05")
            .And.Contain("Ratio = 1.5, Interval = [").And.Contain("Groups = [18/120, 90/900, 7/40]").And.NotContain("NaN");
    }
}
