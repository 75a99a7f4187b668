using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Aggregation;

public sealed class DisproportionalityTest
{
    private static readonly PopulationByEthnicity Population = PopulationByEthnicity.Create(new Dictionary<EthnicityGroup, long>
    {
        [EthnicityGroup.White] = 1_000_000,
        [EthnicityGroup.Black] = 100_000,
        [EthnicityGroup.Asian] = 200_000,
        [EthnicityGroup.Other] = 50_000,
        [EthnicityGroup.Mixed] = 0,
    });

    private static readonly Dictionary<EthnicityGroup, long> Arrests = new()
    {
        [EthnicityGroup.White] = 600,
        [EthnicityGroup.Black] = 300,
        [EthnicityGroup.Asian] = 50,
        [EthnicityGroup.Mixed] = 7,
        [EthnicityGroup.NotStated] = 40,
        // Other: no arrests.
    };

    [Fact]
    public void Hand_worked_example_matches_to_four_significant_figures()
    {
        // Worked by hand (Katz log method, z = 1.96):
        //   White (reference): c = 600, n2 = 1,000,000 -> rate = 1000 x 600 / 1,000,000 = 0.6 per 1,000.
        //   Black:             a = 300, n1 =   100,000 -> rate = 1000 x 300 /   100,000 = 3.0 per 1,000.
        //   RR = 3.0 / 0.6 = 5.000;  ln RR = ln 5 = 1.609438
        //   Var(ln RR) = 1/300 - 1/100,000 + 1/600 - 1/1,000,000
        //              = 0.0033333 - 0.0000100 + 0.0016667 - 0.0000010 = 0.004989
        //   SE = sqrt(0.004989) = 0.070633;  1.96 x SE = 0.138440
        //   CI = exp(1.609438 - 0.138440) = exp(1.470998) = 4.354
        //        exp(1.609438 + 0.138440) = exp(1.747878) = 5.742
        //   Asian: a = 50, n1 = 200,000 -> rate 0.25 per 1,000; RR = 0.25 / 0.6 = 0.4167; ln RR = -0.875469
        //   Var = 1/50 - 1/200,000 + 1/600 - 1/1,000,000 = 0.02 - 0.000005 + 0.0016667 - 0.000001 = 0.0216607
        //   SE = 0.147176; 1.96 x SE = 0.288464; CI = exp(-1.163933) = 0.3123, exp(-0.587005) = 0.5560
        DisproportionalityResult result = Disproportionality.Calculate(Arrests, Population);

        result.ReferenceGroup.Should().Be(EthnicityGroup.White);
        GroupRate black = result[EthnicityGroup.Black];
        black.Status.Should().Be(GroupRateStatus.Ok);
        black.Count.Should().Be(300);
        black.Population.Should().Be(100_000);
        SignificantFigures(black.RatePer1000!.Value).Should().Be(3.000);
        SignificantFigures(black.RateRatio!.Value).Should().Be(5.000);
        SignificantFigures(black.ConfidenceInterval95!.Value.Lower).Should().Be(4.354);
        SignificantFigures(black.ConfidenceInterval95!.Value.Upper).Should().Be(5.742);
        black.ConfidenceInterval95!.Value.ToString().Should().Be("[4.354, 5.742]");

        GroupRate asian = result[EthnicityGroup.Asian];
        asian.Status.Should().Be(GroupRateStatus.Ok);
        SignificantFigures(asian.RatePer1000!.Value).Should().Be(0.2500);
        SignificantFigures(asian.RateRatio!.Value).Should().Be(0.4167);
        SignificantFigures(asian.ConfidenceInterval95!.Value.Lower).Should().Be(0.3123);
        SignificantFigures(asian.ConfidenceInterval95!.Value.Upper).Should().Be(0.5560);

        GroupRate white = result.Groups[(int)EthnicityGroup.White];
        white.Status.Should().Be(GroupRateStatus.ReferenceGroup);
        SignificantFigures(white.RatePer1000!.Value).Should().Be(0.6000);
        white.RateRatio.Should().Be(1.0);
        white.ConfidenceInterval95.Should().BeNull();
    }

    [Fact]
    public void Missing_and_zero_figures_give_a_status_not_a_division_by_zero()
    {
        DisproportionalityResult result = Disproportionality.Calculate(Arrests, Population);

        result[EthnicityGroup.NotStated].Should().Be(new GroupRate(EthnicityGroup.NotStated, 40, null, null, null, null, GroupRateStatus.NoPopulation));
        result[EthnicityGroup.Mixed].Should().Be(new GroupRate(EthnicityGroup.Mixed, 7, 0, null, null, null, GroupRateStatus.ZeroPopulation));
        result[EthnicityGroup.Other].Should().Be(new GroupRate(EthnicityGroup.Other, 0, 50_000, 0.0, 0.0, null, GroupRateStatus.ZeroCount));
        result.Groups.Should().HaveCount(6);
        foreach (GroupRate line in result.Groups)
        {
            new[] { line.RatePer1000, line.RateRatio, line.ConfidenceInterval95?.Lower, line.ConfidenceInterval95?.Upper }
                .Where(v => v is not null).Should().NotContain(v => !double.IsFinite(v!.Value));
        }
    }

    [Fact]
    public void A_reference_group_without_arrests_gives_rates_but_no_ratios()
    {
        DisproportionalityResult result = Disproportionality.Calculate(Arrests, Population, EthnicityGroup.Other);
        result[EthnicityGroup.Black].Status.Should().Be(GroupRateStatus.ReferenceZeroCount);
        result[EthnicityGroup.Black].RatePer1000.Should().Be(3.0);
        result[EthnicityGroup.Black].RateRatio.Should().BeNull();
        result[EthnicityGroup.Other].Status.Should().Be(GroupRateStatus.ReferenceZeroCount);
    }

    [Fact]
    public void A_reference_group_without_population_gives_rates_but_no_ratios()
    {
        DisproportionalityResult noFigure = Disproportionality.Calculate(Arrests, Population, EthnicityGroup.NotStated);
        noFigure[EthnicityGroup.Black].Status.Should().Be(GroupRateStatus.ReferenceRateUnavailable);
        noFigure[EthnicityGroup.Black].RatePer1000.Should().Be(3.0);
        noFigure[EthnicityGroup.Black].RateRatio.Should().BeNull();

        DisproportionalityResult zero = Disproportionality.Calculate(Arrests, Population, EthnicityGroup.Mixed);
        zero[EthnicityGroup.White].Status.Should().Be(GroupRateStatus.ReferenceRateUnavailable);
    }

    [Fact]
    public void More_arrests_than_people_gives_a_ratio_without_a_Katz_interval()
    {
        PopulationByEthnicity small = PopulationByEthnicity.Create(new Dictionary<EthnicityGroup, long> { [EthnicityGroup.White] = 1_000, [EthnicityGroup.Black] = 100 });
        DisproportionalityResult result = Disproportionality.Calculate(new Dictionary<EthnicityGroup, long> { [EthnicityGroup.White] = 10, [EthnicityGroup.Black] = 150 }, small);
        result[EthnicityGroup.Black].Status.Should().Be(GroupRateStatus.CountExceedsPopulation);
        result[EthnicityGroup.Black].RateRatio.Should().BeApproximately(150.0, 1e-9);
        result[EthnicityGroup.Black].ConfidenceInterval95.Should().BeNull();
    }

    [Fact]
    public void A_breakdown_with_other_dimensions_gives_the_same_result_as_its_counts()
    {
        var arrests = new List<Arrest>();
        int id = 0;
        void Add(SelfDefinedEthnicity ethnicity, int count, Offence offence)
        {
            for (int i = 0; i < count; i++)
            {
                arrests.Add(ArrestBreakdownTest.MakeArrest("a" + id++, offence, 20 + (i % 40), ethnicity: ethnicity));
            }
        }
        Add(SelfDefinedEthnicity.WhiteBritish, 400, Offences.Supply);
        Add(SelfDefinedEthnicity.WhiteOther, 200, Offences.BladedArticleInPublic);
        Add(SelfDefinedEthnicity.BlackCaribbean, 250, Offences.Supply);
        Add(SelfDefinedEthnicity.BlackAfrican, 50, Offences.HumanTrafficking);
        Add(SelfDefinedEthnicity.AsianIndian, 50, Offences.Possession);
        Add(SelfDefinedEthnicity.MixedOther, 7, Offences.Possession);
        Add(SelfDefinedEthnicity.NotStated, 40, Offences.Possession);
        ArrestBreakdown breakdown = ArrestBreakdown.Of(arrests, ArrestDimension.OffenceGroup | ArrestDimension.EthnicityGroup | ArrestDimension.AgeBand);

        Disproportionality.Calculate(breakdown, Population).Should().Be(Disproportionality.Calculate(Arrests, Population));
    }

    [Fact]
    public void Officer_defined_breakdowns_are_accepted_and_a_breakdown_without_ethnicity_is_rejected()
    {
        Arrest arrest = ArrestBreakdownTest.MakeArrest("a1", Offences.Supply, 30, officer: OfficerDefinedEthnicity.Black);
        Disproportionality.Calculate(ArrestBreakdown.Of([arrest], ArrestDimension.OfficerDefinedEthnicityGroup), Population)[EthnicityGroup.Black].Count.Should().Be(1);

        Func<DisproportionalityResult> act = () => Disproportionality.Calculate(ArrestBreakdown.Of([arrest], ArrestDimension.Sex), Population);
        act.Should().Throw<ArgumentException>().WithParameterName("breakdown");
    }

    [Fact]
    public void Population_figures_are_validated_and_compare_by_value()
    {
        Func<PopulationByEthnicity> negative = () => PopulationByEthnicity.Create([new(EthnicityGroup.White, -1)]);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("figures");
        Func<PopulationByEthnicity> twice = () => PopulationByEthnicity.Create([new(EthnicityGroup.White, 1), new(EthnicityGroup.White, 2)]);
        twice.Should().Throw<ArgumentException>().WithParameterName("figures");

        PopulationByEthnicity one = PopulationByEthnicity.Create([new(EthnicityGroup.White, 10), new(EthnicityGroup.Black, 5)]);
        PopulationByEthnicity two = PopulationByEthnicity.Create([new(EthnicityGroup.Black, 5), new(EthnicityGroup.White, 10)]);
        one.Should().Be(two);
        one.GetHashCode().Should().Be(two.GetHashCode());
        one[EthnicityGroup.Asian].Should().BeNull();
        one.Groups.Should().Equal(EthnicityGroup.White, EthnicityGroup.Black);
        one.ToString().Should().Be("PopulationByEthnicity { White = 10, Black = 5 }");
    }

    private static double SignificantFigures(double value, int figures = 4)
    {
        double scale = Math.Pow(10, figures - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value * scale) / scale;
    }
}
