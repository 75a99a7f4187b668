using NodaTime;
using PolicingModel.Rules;
using static PolicingModel.Tests.Rules.RulesTestData;

namespace PolicingModel.Tests.Rules;

public sealed class PreChargeBailRulesTest
{
    private static Bail Bail(LocalDate grantedOn, LocalDate? answerOn, params BailExtension[] extensions) =>
        new(BailKind.PreCharge, grantedOn, answerOn, extensions: [.. extensions]);

    [Theory]
    [InlineData(2017, 4, 2, BailRegime.NoStatutoryLimit)]
    [InlineData(2017, 4, 3, BailRegime.PolicingAndCrimeAct2017)]
    [InlineData(2022, 10, 27, BailRegime.PolicingAndCrimeAct2017)]
    [InlineData(2022, 10, 28, BailRegime.PoliceCrimeSentencingAndCourtsAct2022)]
    public void The_regime_follows_the_arrest_date(int year, int month, int day, BailRegime regime)
    {
        PreChargeBailRules.RegimeFor(new LocalDate(year, month, day)).Should().Be(regime);
    }

    [Fact]
    public void Bail_granted_on_27_and_28_October_2022_gets_different_periods()
    {
        var before = PreChargeBailRules.Check(Bail(new LocalDate(2022, 10, 27), new LocalDate(2022, 11, 24)), new LocalDate(2022, 10, 27));
        before.Regime.Should().Be(BailRegime.PolicingAndCrimeAct2017);
        before.PeriodStart.Should().Be(new LocalDate(2022, 10, 28));
        before.InitialLimit.Should().Be(new LocalDate(2022, 11, 24), "28 days beginning with 28 October end on 24 November");
        before.Findings.Should().BeEmpty();

        var after = PreChargeBailRules.Check(Bail(new LocalDate(2022, 10, 28), new LocalDate(2023, 1, 28)), new LocalDate(2022, 10, 28));
        after.Regime.Should().Be(BailRegime.PoliceCrimeSentencingAndCourtsAct2022);
        after.PeriodStart.Should().Be(new LocalDate(2022, 10, 29));
        after.InitialLimit.Should().Be(new LocalDate(2023, 1, 28), "three months beginning with 29 October end on 28 January");
        after.Findings.Should().BeEmpty();

        // The same answer date is lawful for one and not for the other.
        PreChargeBailRules.Check(Bail(new LocalDate(2022, 10, 27), new LocalDate(2023, 1, 27)), new LocalDate(2022, 10, 27))
            .Findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "PM2002", Severity = ValidationSeverity.Error, Path = "/answerOn" });
        PreChargeBailRules.Check(Bail(new LocalDate(2022, 10, 28), new LocalDate(2023, 1, 27)), new LocalDate(2022, 10, 28))
            .Findings.Should().BeEmpty();
    }

    [Fact]
    public void Bail_granted_after_commencement_for_an_earlier_arrest_keeps_the_old_regime()
    {
        // PCSC Act 2022 s.45(3)(a): the amendments apply only to a person arrested after they came into force.
        var check = PreChargeBailRules.Check(Bail(new LocalDate(2022, 10, 28), new LocalDate(2022, 11, 24)), new LocalDate(2022, 10, 27));
        check.Regime.Should().Be(BailRegime.PolicingAndCrimeAct2017);
        check.IsWithinLimits.Should().BeTrue();
    }

    [Theory]
    [InlineData("2022-10-28", "2023-01-28")]
    [InlineData("2022-10-31", "2023-01-31")]
    [InlineData("2023-11-29", "2024-02-29")]
    [InlineData("2023-11-30", "2024-02-29")]
    [InlineData("2024-11-30", "2025-02-28")]
    [InlineData("2024-12-31", "2025-03-31")]
    public void Three_months_beginning_with_the_day_after_arrest_end_on_the_corresponding_day_of_the_arrest(string arrested, string lastDay)
    {
        var arrestDate = NodaTime.Text.LocalDatePattern.Iso.Parse(arrested).Value;
        PreChargeBailRules.PeriodStart(arrestDate).Should().Be(arrestDate.PlusDays(1));
        PreChargeBailRules.InitialLimit(arrestDate).Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(lastDay).Value);
    }

    [Fact]
    public void Agency_cases_start_with_six_months()
    {
        PreChargeBailRules.InitialLimit(new LocalDate(2023, 3, 1), agencyCase: true).Should().Be(new LocalDate(2023, 9, 1));
        PreChargeBailRules.InitialLimit(new LocalDate(2022, 3, 1), agencyCase: true).Should().Be(new LocalDate(2022, 3, 29), "the flag applies only to the 2022 regime");
        PreChargeBailRules.InitialLimit(new LocalDate(2016, 3, 1)).Should().BeNull();
    }

    [Fact]
    public void Extension_limits_follow_the_authority_and_the_regime()
    {
        var arrested = new LocalDate(2023, 1, 10);
        PreChargeBailRules.LimitAfterAuthority(arrested, BailAuthority.Inspector).Should().Be(new LocalDate(2023, 7, 10));
        PreChargeBailRules.LimitAfterAuthority(arrested, BailAuthority.Superintendent).Should().Be(new LocalDate(2023, 10, 10));
        PreChargeBailRules.LimitAfterAuthority(arrested, BailAuthority.MagistratesCourt).Should().BeNull("the court sets the period");

        var old = new LocalDate(2021, 1, 10);
        PreChargeBailRules.LimitAfterAuthority(old, BailAuthority.Superintendent).Should().Be(new LocalDate(2021, 4, 10));
        PreChargeBailRules.LimitAfterAuthority(old, BailAuthority.Inspector).Should().BeNull();
        PreChargeBailRules.CanExtend(BailRegime.PolicingAndCrimeAct2017, BailAuthority.Inspector).Should().BeFalse();
        PreChargeBailRules.CanExtend(BailRegime.PoliceCrimeSentencingAndCourtsAct2022, BailAuthority.Inspector).Should().BeTrue();
    }

    [Fact]
    public void Lawful_extensions_raise_the_authorised_limit()
    {
        var arrested = new LocalDate(2023, 1, 10);
        var check = PreChargeBailRules.Check(
            Bail(arrested, new LocalDate(2023, 4, 10),
                new BailExtension(new LocalDate(2023, 4, 5), BailAuthority.Inspector, new LocalDate(2023, 7, 10)),
                new BailExtension(new LocalDate(2023, 7, 3), BailAuthority.Superintendent, new LocalDate(2023, 10, 10))),
            arrested);
        check.Findings.Should().BeEmpty();
        check.AuthorisedLimit.Should().Be(new LocalDate(2023, 10, 10));

        var withCourt = PreChargeBailRules.Check(
            Bail(arrested, new LocalDate(2023, 4, 10), new BailExtension(new LocalDate(2023, 4, 5), BailAuthority.MagistratesCourt, new LocalDate(2024, 1, 10))),
            arrested);
        withCourt.Findings.Should().BeEmpty();
        withCourt.AuthorisedLimit.Should().BeNull("a court extension's length is set by the court");
    }

    [Fact]
    public void Extensions_beyond_their_authority_and_by_the_wrong_authority_are_errors()
    {
        var arrested = new LocalDate(2023, 1, 10);
        PreChargeBailRules.Check(
            Bail(arrested, new LocalDate(2023, 4, 10), new BailExtension(new LocalDate(2023, 4, 5), BailAuthority.Inspector, new LocalDate(2023, 7, 11))),
            arrested).Findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                Code = RuleCodes.BailExtensionBeyondAuthority,
                Severity = ValidationSeverity.Error,
                Path = "/extensions/0/extendedTo",
            });

        var old = new LocalDate(2021, 1, 10);
        PreChargeBailRules.Check(
            Bail(old, new LocalDate(2021, 2, 7), new BailExtension(new LocalDate(2021, 2, 1), BailAuthority.Inspector, new LocalDate(2021, 3, 1))),
            old).Findings.Select(f => (f.Code, f.Path)).Should().Equal(("PM2004", "/extensions/0/authority"));
        PreChargeBailRules.Check(
            Bail(old, new LocalDate(2021, 2, 7), new BailExtension(new LocalDate(2021, 2, 1), BailAuthority.Superintendent, new LocalDate(2021, 4, 11))),
            old).Findings.Select(f => (f.Code, f.Path)).Should().Equal(("PM2003", "/extensions/0/extendedTo"));
    }

    [Fact]
    public void Lapses_missing_answer_dates_and_grants_before_arrest_are_reported()
    {
        var arrested = new LocalDate(2023, 1, 10);
        PreChargeBailRules.Check(
            Bail(arrested, new LocalDate(2023, 2, 10), new BailExtension(new LocalDate(2023, 2, 11), BailAuthority.Inspector, new LocalDate(2023, 6, 1))),
            arrested).Findings.Select(f => (f.Code, f.Severity, f.Path)).Should().Equal(("PM2005", ValidationSeverity.Warning, "/extensions/0/authorisedOn"));

        var noAnswer = PreChargeBailRules.Check(Bail(arrested, null), arrested);
        noAnswer.Findings.Should().ContainSingle().Which.Message.Should().Contain("release under investigation");
        noAnswer.IsWithinLimits.Should().BeTrue();
        PreChargeBailRules.Check(new Bail(BailKind.PreCharge, arrested, conditions: [new Residence()]), arrested)
            .Findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "PM2006", Severity = ValidationSeverity.Warning, Path = "/answerOn" });

        PreChargeBailRules.Check(Bail(arrested, new LocalDate(2023, 2, 1)), arrested.PlusDays(1))
            .Findings.Select(f => f.Code).Should().Equal(RuleCodes.BailGrantedBeforeArrest);
    }

    [Fact]
    public void Bail_before_time_limits_has_no_limit_findings()
    {
        var arrested = new LocalDate(2016, 5, 1);
        var check = PreChargeBailRules.Check(
            Bail(arrested, new LocalDate(2017, 5, 1), new BailExtension(new LocalDate(2017, 4, 1), BailAuthority.Inspector, new LocalDate(2018, 5, 1))),
            arrested);
        check.Regime.Should().Be(BailRegime.NoStatutoryLimit);
        check.InitialLimit.Should().BeNull();
        check.AuthorisedLimit.Should().BeNull();
        check.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Only_pre_charge_bail_is_checked()
    {
        Action act = () => PreChargeBailRules.Check(new Bail(BailKind.PostChargePolice, new LocalDate(2023, 1, 10)), new LocalDate(2023, 1, 10));
        act.Should().Throw<ArgumentException>().WithParameterName("bail");
    }

    [Fact]
    public void An_arrest_outcome_is_checked_with_paths_from_the_arrest_and_the_local_arrest_date()
    {
        // Arrested at 23:30 BST on 27 October 2022 (22:30 UTC): the local date, 27 October, selects the 2017 regime.
        var arrest = Arrest(Local(2022, 10, 27, 23, 30), outcome: new Bailed(Bail(new LocalDate(2022, 10, 28), new LocalDate(2022, 12, 1))));
        PreChargeBailRules.Check(arrest).Select(f => (f.Code, f.Path)).Should().Equal(("PM2002", "/outcome/bail/answerOn"));
        PreChargeBailRules.Check(Arrest(Local(2022, 10, 27, 23, 30))).Should().BeEmpty();
    }

    [Fact]
    public void Released_under_investigation_carries_no_conditions_and_no_return_date()
    {
        typeof(ReleasedUnderInvestigation).GetProperties().Select(p => p.Name)
            .Should().NotContain(["Conditions", "AnswerOn", "Bail"]);
        PreChargeBailRules.Check(Arrest(Local(2023, 1, 10, 9, 0), outcome: new ReleasedUnderInvestigation())).Should().BeEmpty();
    }
}
