using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class SubstancesTest
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    public static TheoryData<string, string, DrugClass> CurrentClasses => new()
    {
        { "cocaine", "cocaine", DrugClass.A },
        { "crack-cocaine", "crack cocaine", DrugClass.A },
        { "heroin", "heroin", DrugClass.A },
        { "mdma", "MDMA", DrugClass.A },
        { "lsd", "LSD", DrugClass.A },
        { "methadone", "methadone", DrugClass.A },
        { "methamphetamine", "methamphetamine", DrugClass.A },
        { "psilocin", "psilocin", DrugClass.A },
        { "morphine", "morphine", DrugClass.A },
        { "nitazenes", "nitazenes", DrugClass.A },
        { "ap-237", "AP-237", DrugClass.A },
        { "cannabis", "cannabis", DrugClass.B },
        { "cannabis-resin", "cannabis resin", DrugClass.B },
        { "amphetamine", "amphetamine", DrugClass.B },
        { "barbiturates", "barbiturates", DrugClass.B },
        { "codeine", "codeine", DrugClass.B },
        { "ketamine", "ketamine", DrugClass.B },
        { "synthetic-cannabinoids", "synthetic cannabinoids", DrugClass.B },
        { "cathinones", "cathinones", DrugClass.B },
        { "ghb", "GHB", DrugClass.B },
        { "gbl", "GBL", DrugClass.B },
        { "1-4-butanediol", "1,4-BD", DrugClass.B },
        { "benzodiazepines", "benzodiazepines", DrugClass.C },
        { "anabolic-steroids", "anabolic steroids", DrugClass.C },
        { "khat", "khat", DrugClass.C },
        { "bzp", "BZP", DrugClass.C },
        { "nitrous-oxide", "nitrous oxide", DrugClass.C },
        { "xylazine", "xylazine", DrugClass.C },
    };

    [Theory]
    [MemberData(nameof(CurrentClasses))]
    public void Every_substance_in_the_domain_notes_has_its_current_class(string code, string name, DrugClass drugClass)
    {
        Substance substance = Substances.FromCode(code);
        substance.Name.Should().Be(name);
        substance.ClassOn(Today).Should().Be(drugClass);
        Substances.All.Should().Contain(substance);
    }

    [Fact]
    public void The_table_covers_the_whole_list()
    {
        Substances.All.Select(s => s.Code).Should().BeEquivalentTo(CurrentClasses.Select(row => row.Data.Item1));
    }

    public static TheoryData<string, int, int, int, DrugClass?, DrugClass?> Reclassifications => new()
    {
        { "ghb", 2022, 4, 13, DrugClass.C, DrugClass.B },
        { "gbl", 2022, 4, 13, DrugClass.C, DrugClass.B },
        { "1-4-butanediol", 2022, 4, 13, DrugClass.C, DrugClass.B },
        { "nitrous-oxide", 2023, 11, 8, null, DrugClass.C },
        { "xylazine", 2025, 1, 15, null, DrugClass.C },
        { "nitazenes", 2025, 1, 15, null, DrugClass.A },
        { "ap-237", 2025, 1, 15, null, DrugClass.A },
    };

    [Theory]
    [MemberData(nameof(Reclassifications))]
    public void Reclassification_applies_from_the_day_itself(string code, int year, int month, int day, DrugClass? before, DrugClass? from)
    {
        Substance substance = Substances.FromCode(code);
        var date = new LocalDate(year, month, day);
        substance.ClassOn(date.PlusDays(-1)).Should().Be(before, "the day before {0}", date);
        substance.ClassOn(date).Should().Be(from, "on {0}", date);
        substance.ClassOn(new LocalDate(1990, 1, 1)).Should().Be(before);
        substance.ClassOn(date.PlusYears(1)).Should().Be(from);
    }

    [Fact]
    public void Only_the_dated_substances_change_class()
    {
        var dated = Reclassifications.Select(row => row.Data.Item1).ToHashSet();
        foreach (Substance substance in Substances.All.Where(s => !dated.Contains(s.Code)))
        {
            substance.History.Should().ContainSingle($"{substance.Code} has one class in this model");
        }
    }

    [Fact]
    public void Original_codes_and_members_are_unchanged()
    {
        Substances.All.Take(9).Select(s => s.Code).Should().Equal(
            "cocaine", "crack-cocaine", "heroin", "mdma", "cannabis", "ketamine", "ghb", "nitrous-oxide", "xylazine");
        Substances.Cocaine.Code.Should().Be("cocaine");
        Substances.Ghb.Code.Should().Be("ghb");
    }

    [Fact]
    public void Codes_are_unique()
    {
        Substances.All.Select(s => s.Code).Should().OnlyHaveUniqueItems();
        Substances.All.Select(s => s.Name.ToLowerInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("crack-cocaine")]
    [InlineData("nitrous-oxide")]
    [InlineData("ap-237")]
    public void Code_round_trips(string code)
    {
        Substances.FromCode(code).Code.Should().Be(code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Cocaine")]
    [InlineData("crack")]
    public void Unknown_codes_are_not_found(string? code)
    {
        Substances.TryFromCode(code, out Substance? substance).Should().BeFalse();
        substance.Should().BeNull();
    }

    [Fact]
    public void FromCode_throws_for_an_unknown_code()
    {
        Action act = () => Substances.FromCode("unobtainium");
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    public static TheoryData<string, string> StreetNames => new()
    {
        { "crack", "crack-cocaine" },
        { "Crack", "crack-cocaine" },
        { "smack", "heroin" },
        { "diamorphine", "heroin" },
        { "weed", "cannabis" },
        { "skunk", "cannabis" },
        { "ket", "ketamine" },
        { "Special  K", "ketamine" },
        { "MDMA", "mdma" },
        { "mdma", "mdma" },
        { "ecstasy", "mdma" },
        { "Ecstasy", "mdma" },
        { "coke", "cocaine" },
        { "charlie", "cocaine" },
        { "gas", "nitrous-oxide" },
        { "laughing gas", "nitrous-oxide" },
        { " Laughing Gas ", "nitrous-oxide" },
        { "nitrous oxide", "nitrous-oxide" },
        { "nitrous-oxide", "nitrous-oxide" },
        { "magic mushrooms", "psilocin" },
        { "acid", "lsd" },
        { "speed", "amphetamine" },
        { "spice", "synthetic-cannabinoids" },
        { "mephedrone", "cathinones" },
        { "diazepam", "benzodiazepines" },
        { "steroids", "anabolic-steroids" },
        { "1,4-BD", "1-4-butanediol" },
        { "hash", "cannabis-resin" },
        { "tranq", "xylazine" },
        { "crystal meth", "methamphetamine" },
    };

    [Theory]
    [MemberData(nameof(StreetNames))]
    public void Street_names_map_to_substances(string text, string code)
    {
        Substances.TryFromName(text, out Substance? substance).Should().BeTrue();
        substance!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gear")]
    [InlineData("white")]
    [InlineData("class a")]
    public void Ambiguous_or_unknown_names_are_not_mapped(string? text)
    {
        Substances.TryFromName(text, out Substance? substance).Should().BeFalse();
        substance.Should().BeNull();
    }

    [Fact]
    public void Every_code_name_and_street_name_is_found()
    {
        foreach (Substance substance in Substances.All)
        {
            foreach (string key in (string[])[substance.Code, substance.Name, .. Substances.StreetNamesOf(substance)])
            {
                Substances.TryFromName(key, out Substance? found).Should().BeTrue(key);
                found.Should().BeSameAs(substance, key);
            }
        }
    }

    [Theory]
    [InlineData("Class A", DrugClass.A)]
    [InlineData("class-b", DrugClass.B)]
    [InlineData("C", DrugClass.C)]
    [InlineData(" CLASS  C ", DrugClass.C)]
    [InlineData("Class A drugs", DrugClass.A)]
    [InlineData("class B drug", DrugClass.B)]
    public void A_stated_class_without_a_substance_is_read(string text, DrugClass drugClass)
    {
        Substances.TryFromNameOrClass(text, out Substance? substance, out DrugClass? stated).Should().BeTrue();
        substance.Should().BeNull();
        stated.Should().Be(drugClass);
    }

    [Fact]
    public void A_named_substance_is_read_without_a_stated_class()
    {
        Substances.TryFromNameOrClass("smack", out Substance? substance, out DrugClass? stated).Should().BeTrue();
        substance.Should().BeSameAs(Substances.Heroin);
        stated.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("class d")]
    [InlineData("a drugs")]
    [InlineData("drugs")]
    public void Unreadable_text_gives_neither(string? text)
    {
        Substances.TryFromNameOrClass(text, out Substance? substance, out DrugClass? stated).Should().BeFalse();
        substance.Should().BeNull();
        stated.Should().BeNull();
    }
}
