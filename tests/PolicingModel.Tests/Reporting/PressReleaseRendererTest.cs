using System.Globalization;
using NodaTime;
using PolicingModel.Reference;
using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Reporting;

public sealed class PressReleaseRendererTest
{
    private static readonly string[] CountyLinesLines =
    [
        "County lines warrants, 29 October 2020",
        "",
        "On Thursday 29 October 2020, officers from the Violent Crime Taskforce executed seven warrants at 05:00, supported by the South Area BCU, the Territorial Support Group and Kent Police.",
        "",
        "The operation resulted in:",
        "– Seven arrests for offences including conspiracy to supply Class A drugs, possession of criminal property and modern slavery;",
        "– around £20,000 cash seized;",
        "– Class A and B drugs found;",
        "– a knife was recovered during a search of an address in South Norwood.",
        "",
        "Safeguarding measures were put in place, working with the local authority and other partners.",
        "",
        "Breakdown of arrests:",
        "– A 26-year-old man from Lambeth was arrested on suspicion of being concerned in the supply of Class A drugs and modern slavery;",
        "– A 22-year-old man from South Norwood was arrested on suspicion of being concerned in the supply of Class A drugs and modern slavery;",
        "– An 18-year-old man from Lambeth was arrested on suspicion of being concerned in the supply of Class A drugs and modern slavery;",
        "– A 22-year-old man from Croydon was arrested on suspicion of possession of criminal property and possession of cannabis;",
        "– A 19-year-old man from Croydon was arrested on suspicion of possession of Class A drugs with intent to supply and possession of criminal property;",
        "– A 21-year-old woman from Chatham, Kent was arrested on suspicion of being concerned in the supply of Class A drugs;",
        "– A 40-year-old man from Chatham, Kent was arrested on suspicion of being concerned in the supply of Class A drugs.",
        "",
        "They all remain in police custody while the investigation continues.",
        "",
    ];

    private static readonly string[] CarnivalLines =
    [
        "Pre-carnival drug raids, 22 August 2023",
        "",
        "On Tuesday 22 August 2023, officers executed warrants in Catford and in Kensington and Chelsea. The operation ran ahead of Notting Hill Carnival (Sunday 27 to Monday 28 August 2023).",
        "",
        "The operation resulted in:",
        "– 55 arrests, predominantly for possession with intent to supply drugs;",
        "– some of those arrested were bailed with conditions not to attend Notting Hill Carnival.",
        "",
    ];

    [Fact]
    public void County_lines_operation_states_the_facts_of_the_press_release()
    {
        string[] lines = PressReleaseRenderer.Render(CountyLinesWarrantsOperation.Operation).Split('\n');
        for (int i = 0; i < Math.Min(lines.Length, CountyLinesLines.Length); i++)
        {
            lines[i].Should().Be(CountyLinesLines[i], "line {0} must match", i + 1);
        }
        lines.Should().HaveCount(CountyLinesLines.Length);
    }

    [Fact]
    public void Carnival_operation_renders_its_reported_totals()
    {
        string[] lines = PressReleaseRenderer.Render(CarnivalRaidsOperation.Operation).Split('\n');
        lines.Should().Equal(CarnivalLines);
    }

    [Fact]
    public void The_breakdown_never_writes_a_18_year_old()
    {
        string text = PressReleaseRenderer.Render(CountyLinesWarrantsOperation.Operation);
        text.Should().Contain("An 18-year-old man from Lambeth").And.NotContain("A 18-year-old");
    }

    [Fact]
    public void Lead_gives_the_time_only_when_every_warrant_went_in_at_once_and_names_forces_by_their_titles()
    {
        Instant dawn = Instant.FromUtc(2024, 6, 4, 4, 0); // 05:00 BST
        Operation Raids(params Instant[] times) => new(
            new OperationId("op"), "Raids", PoliceForce.Cumbria, new Interval(dawn, null),
            partnerForces: [PoliceForce.Lancashire, PoliceForce.Kent, PoliceForce.BritishTransportPolice],
            warrants: [.. times.Select((t, i) => new Warrant(new WarrantId($"w{i}"), WarrantKind.SpecificPremisesSearch, execution: new WarrantExecution(t)))]);

        string together = PressReleaseRenderer.Render(Raids(dawn, dawn));
        string staggered = PressReleaseRenderer.Render(Raids(dawn, dawn + Duration.FromHours(2)));

        together.Should().Contain("officers executed two warrants at 05:00, supported by Lancashire Constabulary, Kent Police and British Transport Police.");
        staggered.Should().Contain("officers executed two warrants, supported by");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Rendering_is_culture_invariant(string culture)
    {
        string expectedCountyLines = string.Join("\n", CountyLinesLines);
        string expectedCarnival = string.Join("\n", CarnivalLines);
        CultureInfo savedCulture = CultureInfo.CurrentCulture;
        CultureInfo savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            PressReleaseRenderer.Render(CountyLinesWarrantsOperation.Operation).Should().Be(expectedCountyLines);
            PressReleaseRenderer.Render(CarnivalRaidsOperation.Operation).Should().Be(expectedCarnival);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    [Theory]
    [InlineData(26, Sex.Male, "A 26-year-old man")]
    [InlineData(18, Sex.Male, "An 18-year-old man")]
    [InlineData(11, Sex.Female, "An 11-year-old girl")]
    [InlineData(8, Sex.Male, "An 8-year-old boy")]
    [InlineData(1, Sex.Unknown, "A 1-year-old child")]
    [InlineData(80, Sex.Female, "An 80-year-old woman")]
    [InlineData(17, Sex.Unknown, "A 17-year-old child")]
    [InlineData(40, Sex.Unknown, "A 40-year-old person")]
    public void People_of_exact_age(int years, Sex sex, string expected)
    {
        PressReleaseRenderer.Person(Age.Exactly(years), sex).Should().Be(expected);
    }

    [Fact]
    public void People_known_only_by_band()
    {
        PressReleaseRenderer.Person(Age.Juvenile, Sex.Unknown).Should().Be("A juvenile");
        PressReleaseRenderer.Person(Age.Juvenile, Sex.Male).Should().Be("A male juvenile");
        PressReleaseRenderer.Person(Age.Adult, Sex.Unknown).Should().Be("An adult");
        PressReleaseRenderer.Person(Age.Adult, Sex.Female).Should().Be("An adult woman");
        PressReleaseRenderer.Person(Age.Unknown, Sex.Unknown).Should().Be("A person of unknown age");
        PressReleaseRenderer.Person(Age.Between(20, 29), Sex.Male).Should().Be("A man aged 20 to 29");
        PressReleaseRenderer.Person(Age.Between(50, Age.MaxYears), Sex.Female).Should().Be("A woman aged 50 or over");
    }

    [Fact]
    public void Describing_an_arrest_never_reads_personal_identifiers()
    {
        var arrest = new Arrest(
            new ArrestId("a1"), Instant.FromUtc(2024, 3, 1, 6, 0),
            new ArrestedPerson(Age.Exactly(30), Sex.Female, Place.InBorough(LondonBorough.Lewisham),
                identifiers: new PersonalIdentifiers("Jane Secret", new LocalDate(1994, 1, 1), new PostalAddress(["1 Hidden Road"], "SE6 1AA"), "PNC-123")),
            [new SuspectedOffence(Offences.Supply, drugClass: DrugClass.A, substance: Substances.Heroin)],
            PoliceForce.Metropolitan, new NoFurtherAction());

        string text = PressReleaseRenderer.DescribeArrest(arrest);

        text.Should().Be("A 30-year-old woman from Lewisham was arrested on suspicion of supplying heroin");
        text.Should().NotContainAny("Jane", "Secret", "1994", "Hidden", "SE6", "PNC");
    }

    [Fact]
    public void Itemised_seizures_and_mixed_outcomes_read_naturally()
    {
        Instant at = Instant.FromUtc(2024, 3, 1, 6, 0);
        Arrest Arrest(string id, ArrestOutcome outcome) => new(
            new ArrestId(id), at, new ArrestedPerson(Age.Exactly(30), Sex.Male), [new SuspectedOffence(Offences.Possession, drugClass: DrugClass.B)],
            PoliceForce.Kent, outcome);
        var operation = new Operation(
            new OperationId("op"), "Test operation", PoliceForce.Kent, new Interval(at, null),
            arrests: [Arrest("a1", new Charged()), Arrest("a2", new Charged()), Arrest("a3", new ReleasedUnderInvestigation())],
            seizures:
            [
                new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(14_000m, Precision.MoreThan))),
                new Seizure(new SeizureId("s2"), new CashSeized(new Money(500m, Currency.Eur))),
                new Seizure(new SeizureId("s3"), new DrugsSeized(Substances.Cocaine, quantity: new Quantity(2m, QuantityUnit.Kilograms, Precision.Approximate))),
                new Seizure(new SeizureId("s4"), new DrugsSeized(Substances.Cocaine, quantity: new Quantity(34m, QuantityUnit.Wraps))),
                new Seizure(new SeizureId("s5"), new WeaponSeized(WeaponKind.Knife, ReportedCount.Exactly(2)), Place.InLocality("Chatham", PoliceForce.Kent)),
                new Seizure(new SeizureId("s6"), new WeaponSeized(WeaponKind.ImitationFirearm)),
                new Seizure(new SeizureId("s7"), new PhonesSeized(ReportedCount.Exactly(3), ReportedCount.Exactly(12))),
                new Seizure(new SeizureId("s8"), new VehicleSeized(VehicleKind.Car)),
            ],
            safeguarding:
            [
                new SafeguardingAction(new SafeguardingActionId("g1"), SafeguardingKind.NationalReferralMechanismReferral, [PartnerAgency.HomeOffice]),
                new SafeguardingAction(new SafeguardingActionId("g2"), SafeguardingKind.NationalReferralMechanismReferral),
            ]);

        string[] lines = PressReleaseRenderer.Render(operation).Split('\n');

        lines.Should().ContainInOrder(
            "The operation resulted in:",
            "– Three arrests for possession of Class B drugs;",
            "– over £14,000 and €500 cash seized;",
            "– Class A drugs found, including around 2 kg of cocaine and 34 wraps of cocaine;",
            "– two knives were recovered in Chatham, Kent;",
            "– an imitation firearm was recovered;",
            "– three mobile phones and 12 SIM cards seized;",
            "– a car seized.",
            "",
            "Two National Referral Mechanism referrals were made, working with the Home Office.",
            "",
            "Breakdown of arrests:",
            "",
            "Of those arrested, one was released under investigation and two were charged.");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => PressReleaseRenderer.Render(null!)).Should().Throw<ArgumentNullException>().WithParameterName("operation");
        FluentActions.Invoking(() => PressReleaseRenderer.DescribeArrest(null!)).Should().Throw<ArgumentNullException>().WithParameterName("arrest");
    }

    [Fact]
    public void Every_exact_age_takes_the_article_it_is_said_with()
    {
        for (int years = 0; years <= Age.MaxYears; years++)
        {
            bool an = years is 8 or 11 or 18 or (>= 80 and <= 89);
            PressReleaseRenderer.Person(Age.Exactly(years), Sex.Male).Should().StartWith(an ? "An " : "A ", "{0} is said '{1}'", years, an ? "an" : "a");
        }
    }
}
