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
        { "methoxetamine", "methoxetamine", DrugClass.B },
        { "methiopropamine", "methiopropamine", DrugClass.B },
        { "tramadol", "tramadol", DrugClass.C },
        { "buprenorphine", "buprenorphine", DrugClass.C },
        { "brorphine", "brorphine", DrugClass.A },
        { "butonitazene", "butonitazene", DrugClass.A },
        { "ethyleneoxynitazene", "ethyleneoxynitazene", DrugClass.A },
        { "etodesnitazene", "etodesnitazene", DrugClass.A },
        { "flunitazene", "flunitazene", DrugClass.A },
        { "isotonitazene", "isotonitazene", DrugClass.A },
        { "metodesnitazene", "metodesnitazene", DrugClass.A },
        { "metonitazene", "metonitazene", DrugClass.A },
        { "protonitazene", "protonitazene", DrugClass.A },
        { "n-desethyl-etonitazene", "N-desethyl etonitazene", DrugClass.A },
        { "n-desethylisotonitazene", "N-desethylisotonitazene", DrugClass.A },
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

    // Every dated step of every history: the class the day before and from the day itself (null: not controlled).
    // Sources: docs/reference-data.md; each step's Order is in the XML docs.
    public static TheoryData<string, int, int, int, DrugClass?, DrugClass?> Reclassifications => new()
    {
        { "buprenorphine", 1989, 9, 18, null, DrugClass.C },          // SI 1989/1340
        { "cannabis", 2004, 1, 29, DrugClass.B, DrugClass.C },         // SI 2003/3201
        { "cannabis-resin", 2004, 1, 29, DrugClass.B, DrugClass.C },
        { "ketamine", 2006, 1, 1, null, DrugClass.C },                 // date unverified (inferred from SI 2005/3372)
        { "methamphetamine", 2007, 1, 18, DrugClass.B, DrugClass.A },  // SI 2006/3331
        { "cannabis", 2009, 1, 26, DrugClass.C, DrugClass.B },         // 2008 Order, SI number unverified
        { "cannabis-resin", 2009, 1, 26, DrugClass.C, DrugClass.B },
        { "synthetic-cannabinoids", 2009, 12, 23, null, DrugClass.B }, // SI 2009/3209
        { "cathinones", 2010, 4, 16, null, DrugClass.B },              // SI 2010/1207
        { "methoxetamine", 2013, 2, 26, null, DrugClass.B },           // SI 2013/239
        { "ketamine", 2014, 6, 10, DrugClass.C, DrugClass.B },         // SI 2014/1106
        { "tramadol", 2014, 6, 10, null, DrugClass.C },                // SI 2014/1106
        { "methiopropamine", 2017, 11, 27, null, DrugClass.B },        // SI 2017/1114
        { "ghb", 2022, 4, 13, DrugClass.C, DrugClass.B },              // SI 2022/322
        { "gbl", 2022, 4, 13, DrugClass.C, DrugClass.B },
        { "1-4-butanediol", 2022, 4, 13, DrugClass.C, DrugClass.B },
        { "nitrous-oxide", 2023, 11, 8, null, DrugClass.C },           // SI 2023/1091
        { "brorphine", 2024, 3, 20, null, DrugClass.A },               // SI 2024/190
        { "butonitazene", 2024, 3, 20, null, DrugClass.A },
        { "ethyleneoxynitazene", 2024, 3, 20, null, DrugClass.A },
        { "etodesnitazene", 2024, 3, 20, null, DrugClass.A },
        { "flunitazene", 2024, 3, 20, null, DrugClass.A },
        { "isotonitazene", 2024, 3, 20, null, DrugClass.A },
        { "metodesnitazene", 2024, 3, 20, null, DrugClass.A },
        { "metonitazene", 2024, 3, 20, null, DrugClass.A },
        { "protonitazene", 2024, 3, 20, null, DrugClass.A },
        { "n-desethyl-etonitazene", 2024, 3, 20, null, DrugClass.A },
        { "n-desethylisotonitazene", 2024, 3, 20, null, DrugClass.A },
        { "xylazine", 2025, 1, 15, null, DrugClass.C },                // SI 2024/1361
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
        substance.ClassOn(date.PlusDays(1)).Should().Be(from, "the day after {0}", date);
    }

    [Fact]
    public void The_table_holds_every_dated_step_and_nothing_else()
    {
        var expected = Reclassifications.Select(row => (row.Data.Item1, new LocalDate(row.Data.Item2, row.Data.Item3, row.Data.Item4))).ToHashSet();
        var actual = Substances.All.SelectMany(s => s.History.Where(step => step.EffectiveFrom is not null).Select(step => (s.Code, step.EffectiveFrom!.Value))).ToHashSet();
        actual.Should().BeEquivalentTo(expected);
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

    [Theory]
    [InlineData("cannabis", 2003, DrugClass.B)]
    [InlineData("cannabis", 2006, DrugClass.C)]
    [InlineData("cannabis", 2012, DrugClass.B)]
    [InlineData("cannabis-resin", 2006, DrugClass.C)]
    [InlineData("ketamine", 2005, null)]
    [InlineData("ketamine", 2010, DrugClass.C)]
    [InlineData("ketamine", 2020, DrugClass.B)]
    [InlineData("methamphetamine", 2005, DrugClass.B)]
    [InlineData("methamphetamine", 2010, DrugClass.A)]
    [InlineData("cathinones", 2009, null)]
    [InlineData("synthetic-cannabinoids", 2008, null)]
    [InlineData("protonitazene", 2023, null)]
    [InlineData("protonitazene", 2024, DrugClass.A)]
    [InlineData("nitazenes", 2024, null)]
    public void Class_in_mid_year(string code, int year, DrugClass? drugClass)
    {
        Substances.FromCode(code).ClassOn(new LocalDate(year, 7, 1)).Should().Be(drugClass);
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
        { "MXE", "methoxetamine" },
        { "MPA", "methiopropamine" },
        { "etazene", "etodesnitazene" },
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
