using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using PolicingModel.Rules;
using static PolicingModel.Tests.Rules.RulesTestData;

namespace PolicingModel.Tests.Rules;

public sealed class ArrestRulesTest
{
    [Fact]
    public void All_arrest_rules_report_together_with_paths_from_the_arrest()
    {
        var arrest = Arrest(
            Local(2022, 10, 28, 5, 0),
            new CustodyDetails(Local(2022, 10, 28, 6, 10)),
            new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2022, 10, 28), new LocalDate(2023, 2, 1))),
            Age.Exactly(9));
        ArrestRules.Check(arrest).Select(f => (f.Code, f.Path)).Should().Equal(
            ("PM4001", "/person/age"),
            ("PM2002", "/outcome/bail/answerOn"));
    }

    [Fact]
    public void A_clean_arrest_has_no_findings()
    {
        ArrestRules.Check(Arrest(Local(2020, 10, 29, 5, 0), new CustodyDetails(Local(2020, 10, 29, 6, 10)))).Should().BeEmpty();
    }

    [Fact]
    public void Rule_codes_are_unique_and_well_formed()
    {
        var codes = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        codes.Should().OnlyHaveUniqueItems().And.OnlyContain(c => Regex.IsMatch(c, "^PM[2-5][0-9]{3}$"));
    }

    [Fact]
    public void Findings_have_value_equality_and_reject_blank_codes()
    {
        new ValidationProblem("PM3001", ValidationSeverity.Error, "m", "/execution/at").Should().Be(new ValidationProblem("PM3001", ValidationSeverity.Error, "m", "/execution/at"));
        new ValidationProblem("PM3001", ValidationSeverity.Error, "m", "/execution/at").ToString().Should().Be("PM3001 error at /execution/at: m");
        Action act = () => _ = new ValidationProblem(" ", ValidationSeverity.Error, "m");
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }
}
