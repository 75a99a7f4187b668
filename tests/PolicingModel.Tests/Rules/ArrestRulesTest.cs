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
            ("PM4001", "Person.Age"),
            ("PM2002", "Outcome.Bail.AnswerOn"));
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
        new RuleFinding("PM3001", RuleSeverity.Error, "m", "Execution.At").Should().Be(new RuleFinding("PM3001", RuleSeverity.Error, "m", "Execution.At"));
        new RuleFinding("PM3001", RuleSeverity.Error, "m", "Execution.At").ToString().Should().Be("PM3001 Error Execution.At: m");
        Action act = () => _ = new RuleFinding(" ", RuleSeverity.Error, "m");
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }
}
