using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// The README's worked example ("Statistics for equality assessments") quotes figures the library prints; they must
/// stay what it prints, and match the independent values (ReferenceValues.md, the "readme" lines).
/// </summary>
public sealed class ReadmeExampleTest
{
    private static readonly BinomialCount Group = new(18, 120);
    private static readonly BinomialCount Reference = new(90, 900);

    [Fact]
    public void The_figures_quoted_are_the_library_s_and_match_the_reference_values()
    {
        string readme = RepositoryFiles.ReadAllText("README.md").ReplaceLineEndings("\n");

        ProportionInterval group = Proportions.Wilson(Group).Interval!.Value;
        group.Lower.ShouldBeCloseTo(0.0970381229258474, 1e-12);
        group.Upper.ShouldBeCloseTo(0.224675293567245, 1e-12);
        readme.Should().Contain($"Proportions.Wilson(group).Interval;                    // {group}:");

        ProportionInterval reference = Proportions.Wilson(Reference).Interval!.Value;
        reference.Lower.ShouldBeCloseTo(0.0820683647951316, 1e-12);
        reference.Upper.ShouldBeCloseTo(0.121331752588912, 1e-12);
        readme.Should().Contain($"Proportions.Wilson(reference).Interval;                // {reference}:");

        ProportionInterval difference = Proportions.Difference(Group, Reference).Interval!.Value;
        difference.Lower.ShouldBeCloseTo(-0.00709644552625141, 1e-10);
        difference.Upper.ShouldBeCloseTo(0.126798066450105, 1e-12);
        readme.Should().Contain($"Proportions.Difference(group, reference).Interval;     // {difference}:");

        var ratio = Proportions.Ratio(Group, Reference).Interval!.Value;
        ratio.Lower.ShouldBeCloseTo(0.938585667028166, 1e-12);
        ratio.Upper.ShouldBeCloseTo(2.39722390724775, 1e-12);
        readme.Should().Contain($"Proportions.Ratio(group, reference).Interval;          // {ratio}:");

        double p = FisherExactTest.Compare(Group, Reference).PValue;
        p.ShouldBeCloseTo(0.112529799401932, 1e-11);
        readme.Should().Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"FisherExactTest.Compare(group, reference).PValue;      // {p:G4}"));

        TwoProportionPower power = PowerAnalysis.Of(Group, Reference);
        power.Power.ShouldBeCloseTo(0.401080211607254, 1e-10);
        power.MinimumDetectableDifference.ShouldBeCloseTo(0.0911233076451994, 1e-9);
        readme.Should().Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PowerAnalysis.Of(group, reference);                    // Power {power.Power:G4}, MinimumDetectableDifference {power.MinimumDetectableDifference:G4}"));
        readme.Should().Contain("p = 0.11").And.Contain("40% power to detect a difference of 5 percentage points").And.Contain("at least 9.1 points");
    }
}
