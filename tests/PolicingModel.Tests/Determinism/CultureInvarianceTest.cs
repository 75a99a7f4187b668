using PolicingModel.Validation;

namespace PolicingModel.Tests.Determinism;

/// <summary>Text the library produces is identical whatever the current culture.</summary>
public sealed class CultureInvarianceTest
{
    private static string Texts()
    {
        Operation bad = Examples.Operation(
            arrests: [Examples.Arrest("a1", at: Examples.Dawn - Duration.FromMinutes(90)), Examples.Arrest("a1")],
            totals: [new ReportedTotal(ReportedMeasure.Arrests, new ReportedCount(1, Precision.Approximate))]);
        return string.Join("\n",
            OperationValidator.Validate(bad).ToString(),
            Money.Pounds(20_000.5m, Precision.Approximate).ToString(),
            new Quantity(1.25m, QuantityUnit.Kilograms).ToString(),
            Age.Between(10, 17).ToString(),
            ReportedCount.Exactly(1234).ToString(),
            WireCodes.ToCode(QuantityUnit.Items),
            WireCodes.ToCode(SelfDefinedEthnicity.WhiteIrish));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void Same_text_under_any_current_culture(string culture)
    {
        string invariant = CultureScope.Run("", Texts);
        CultureScope.Run(culture, Texts).Should().Be(invariant);
        invariant.Should().Contain("GBP 20000.5").And.Contain("1.25 Kilograms").And.Contain("03:30");
    }
}
