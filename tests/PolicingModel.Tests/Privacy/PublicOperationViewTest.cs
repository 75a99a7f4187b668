using PolicingModel.Aggregation;
using PolicingModel.Privacy;
using PolicingModel.Tests.Determinism;

namespace PolicingModel.Tests.Privacy;

public sealed class PublicOperationViewTest
{
    private static readonly PublicCount F3 = PublicCount.FewerThan(3);

    private static PublicCount S(int value) => PublicCount.Shown(value);

    [Fact]
    public void The_county_lines_operation_has_the_expected_cells()
    {
        Operation operation = CountyLinesWarrantsOperation.Operation;
        PublicOperationView view = PublicOperationView.Of(operation);

        view.Id.Should().Be(operation.Id);
        view.Name.Should().Be("County lines warrants, 29 October 2020");
        view.LeadForce.Should().Be(PoliceForce.Metropolitan);
        view.Period.Should().Be(operation.Period);
        view.LinkedEvent.Should().BeNull();
        view.TotalArrests.Should().Be(ReportedCount.Exactly(7));
        view.WarrantsExecuted.Should().Be(ReportedCount.Exactly(7));

        PublicArrestBreakdown arrests = view.Arrests;
        arrests.Threshold.Should().Be(3);
        arrests.Total.Should().Be(7);
        // Ages 26, 22, 18, 22, 19, 21, 40: only 21 to 24 reaches three.
        arrests.ByAgeBand.Cells.Select(c => c.Count).Should().Equal(F3, F3, F3, S(3), F3, F3, F3, F3, F3);
        // Six men and one woman; the woman is one of two hidden counts that sum to 1, so no withholding is needed.
        arrests.BySex.Cells.Select(c => c.Count).Should().Equal(S(6), F3, F3);
        // The release states no ethnicity.
        arrests.ByEthnicityGroup.Cells.Select(c => c.Count).Should().Equal(F3, F3, F3, F3, F3, S(7));
        // Two from Lambeth, three from Croydon (South Norwood is in Croydon), two from Chatham (Kent): boroughs and force areas only.
        arrests.ByHomeArea.Cells.Where(c => !c.Count.IsSuppressed).Should().Equal(new PublicCell<AreaKey>(AreaKey.Of(LondonBorough.Croydon), S(3)));
        arrests.ByHomeArea[AreaKey.Of(LondonBorough.Lambeth)].Should().Be(F3);
        arrests.ByHomeArea[AreaKey.Of(PoliceForce.Kent)].Should().Be(F3);
        // Six principal offences are drug offences; one (possession of criminal property) is a miscellaneous crime against society.
        arrests.ByOffenceGroup[OffenceGroup.Drugs].Should().Be(S(6));
        arrests.ByOffenceGroup.Cells.Where(c => c.Category != OffenceGroup.Drugs).Should().OnlyContain(c => c.Count == F3);
        arrests.Should().Be(PublicArrestBreakdown.Of(operation.Arrests));
    }

    [Fact]
    public void A_threshold_of_2_shows_more_and_withholds_the_men_to_protect_the_one_woman()
    {
        PublicArrestBreakdown arrests = PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: 2).Arrests;
        PublicCount f2 = PublicCount.FewerThan(2);
        arrests.ByAgeBand.Cells.Select(c => c.Count).Should().Equal(f2, f2, S(2), S(3), f2, f2, f2, f2, f2);
        // Female 1 and unknown 0 are both "fewer than 2", summing to 1: one below their ceiling of 1 + 1, so the rule withholds the 6.
        arrests.BySex.Cells.Select(c => c.Count).Should().Equal(PublicCount.Withheld, f2, f2);
        arrests.ByHomeArea[AreaKey.Of(LondonBorough.Lambeth)].Should().Be(S(2));
        arrests.ByHomeArea[AreaKey.Of(PoliceForce.Kent)].Should().Be(S(2));
    }

    [Fact]
    public void A_threshold_of_1_shows_every_count()
    {
        PublicArrestBreakdown arrests = PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: 1).Arrests;
        arrests.BySex.Cells.Select(c => c.Count).Should().Equal(S(6), S(1), S(0));
        arrests.ByOffenceGroup[OffenceGroup.MiscellaneousCrimesAgainstSociety].Should().Be(S(1));
    }

    [Fact]
    public void The_carnival_operation_links_its_event_by_area_and_reports_arrests_it_does_not_itemise()
    {
        PublicOperationView view = PublicOperationView.Of(CarnivalRaidsOperation.Operation);
        view.LinkedEvent.Should().NotBeNull();
        view.LinkedEvent!.Id.Should().Be(CarnivalRaidsOperation.NottingHillCarnival2023.Id);
        view.LinkedEvent.Name.Should().Be("Notting Hill Carnival");
        view.LinkedEvent.Span.Should().Be(CarnivalRaidsOperation.NottingHillCarnival2023.Span);
        view.LinkedEvent.Area.Should().Be(AreaKey.Of(LondonBorough.KensingtonAndChelsea));
        view.TotalArrests.Should().Be(ReportedCount.Exactly(55));
        view.Arrests.Total.Should().Be(0);
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => PublicOperationView.Of(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "operation");
        FluentActions.Invoking(() => PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: 0))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "threshold" && e.Message.Contains("threshold"));
        FluentActions.Invoking(() => PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: -3))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "threshold");
        FluentActions.Invoking(() => PublicViewText.Render((PublicOperationView)null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "view");
        FluentActions.Invoking(() => PublicViewText.Render((PublicArrestBreakdown)null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "arrests");
    }

    [Fact]
    public void The_county_lines_view_renders_as_plain_text()
    {
        PublicViewText.Render(PublicOperationView.Of(CountyLinesWarrantsOperation.Operation)).Should().Be(CountyLinesText);
    }

    [Fact]
    public void The_carnival_view_renders_its_linked_event()
    {
        string text = PublicViewText.Render(PublicOperationView.Of(CarnivalRaidsOperation.Operation));
        text.Should().Contain("Linked event: Notting Hill Carnival, Sunday 27 August 2023 to Monday 28 August 2023, Kensington and Chelsea\n")
            .And.Contain("Arrests: 55\n")
            .And.Contain("Itemised arrests: none\n")
            .And.Contain("Warrants executed: at least 1\n");
    }

    [Fact]
    public void A_withheld_count_is_explained_in_the_text()
    {
        string text = PublicViewText.Render(PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: 2));
        text.Should().Contain("– Male: withheld\n").And.Contain("Counts below 2 are shown as \"fewer than 2\". A \"withheld\" count");
        PublicViewText.Render(PublicOperationView.Of(CountyLinesWarrantsOperation.Operation)).Should().NotContain("withheld");
    }

    [Fact]
    public void Text_and_ToString_are_the_same_under_any_current_culture()
    {
        static string Texts()
        {
            PublicOperationView county = PublicOperationView.Of(CountyLinesWarrantsOperation.Operation);
            PublicOperationView carnival = PublicOperationView.Of(CarnivalRaidsOperation.Operation);
            return string.Join("\n", PublicViewText.Render(county), PublicViewText.Render(carnival), county.ToString(), carnival.ToString());
        }

        string invariant = CultureScope.Run("", Texts);
        foreach (string culture in CultureScope.Hostile)
        {
            CultureScope.Run(culture, Texts).Should().Be(invariant);
        }
        invariant.Should().Contain("Thursday 29 October 2020 05:00");
    }

    [Fact]
    public void Equal_operations_give_equal_views()
    {
        PublicOperationView.Of(CountyLinesWarrantsOperation.Operation).Should().Be(PublicOperationView.Of(CountyLinesWarrantsOperation.Operation))
            .And.NotBe(PublicOperationView.Of(CountyLinesWarrantsOperation.Operation, threshold: 2));
    }

    private const string CountyLinesText = """
        County lines warrants, 29 October 2020
        Lead force: Metropolitan
        Period: from Thursday 29 October 2020 05:00
        Warrants executed: 7
        Arrests: 7

        Itemised arrests, broken down below: 7

        Arrests by age band:
        – Under 10: fewer than 3
        – 10 to 17: fewer than 3
        – 18 to 20: fewer than 3
        – 21 to 24: 3
        – 25 to 29: fewer than 3
        – 30 to 39: fewer than 3
        – 40 to 49: fewer than 3
        – 50 and over: fewer than 3
        – Not known: fewer than 3

        Arrests by sex:
        – Male: 6
        – Female: fewer than 3
        – Not stated or not known: fewer than 3

        Arrests by ethnicity group (self-defined):
        – White: fewer than 3
        – Mixed or multiple ethnic groups: fewer than 3
        – Asian or Asian British: fewer than 3
        – Black, Black British, Caribbean or African: fewer than 3
        – Other ethnic group: fewer than 3
        – Not stated: 7

        Arrests by home area:
        – Croydon: 3
        – All other areas: fewer than 3 each

        Arrests by offence group:
        – Violence against the person: fewer than 3
        – Sexual offences: fewer than 3
        – Robbery: fewer than 3
        – Theft offences: fewer than 3
        – Criminal damage and arson: fewer than 3
        – Drug offences: 6
        – Possession of weapons offences: fewer than 3
        – Public order offences: fewer than 3
        – Miscellaneous crimes against society: fewer than 3
        – Fraud offences: fewer than 3
        – Other offences: fewer than 3

        Counts below 3 are shown as "fewer than 3".
        """ + "\n";
}
