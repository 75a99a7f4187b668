using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class OffencesTest
{
    public static TheoryData<string, string, OffenceGroup, bool> Statutes => new()
    {
        { "possession", "Misuse of Drugs Act 1971 s.5(2)", OffenceGroup.Drugs, true },
        { "possession-with-intent-to-supply", "Misuse of Drugs Act 1971 s.5(3)", OffenceGroup.Drugs, true },
        { "supply", "Misuse of Drugs Act 1971 s.4(3)(a)", OffenceGroup.Drugs, true },
        { "concerned-in-supply", "Misuse of Drugs Act 1971 s.4(3)(b)", OffenceGroup.Drugs, true },
        { "production", "Misuse of Drugs Act 1971 s.4(2)", OffenceGroup.Drugs, true },
        { "possession-of-criminal-property", "Proceeds of Crime Act 2002 s.329", OffenceGroup.MiscellaneousCrimesAgainstSociety, false },
        { "concealing-criminal-property", "Proceeds of Crime Act 2002 s.327", OffenceGroup.MiscellaneousCrimesAgainstSociety, false },
        { "money-laundering-arrangement", "Proceeds of Crime Act 2002 s.328", OffenceGroup.MiscellaneousCrimesAgainstSociety, false },
        { "slavery-servitude-forced-labour", "Modern Slavery Act 2015 s.1", OffenceGroup.ViolenceAgainstThePerson, false },
        { "human-trafficking", "Modern Slavery Act 2015 s.2", OffenceGroup.ViolenceAgainstThePerson, false },
        { "bladed-article-in-public", "Criminal Justice Act 1988 s.139", OffenceGroup.PossessionOfWeapons, false },
        { "offensive-weapon-in-public", "Prevention of Crime Act 1953 s.1", OffenceGroup.PossessionOfWeapons, false },
        { "child-criminal-exploitation", "Crime and Policing Act 2026", OffenceGroup.Other, false },
        { "cuckooing", "Crime and Policing Act 2026", OffenceGroup.Other, false },
    };

    [Theory]
    [MemberData(nameof(Statutes))]
    public void Every_offence_has_its_statute_group_and_drug_class_parameter(string code, string legislation, OffenceGroup group, bool takesDrugClass)
    {
        Offence offence = Offences.FromCode(code);
        offence.Code.Should().Be(code);
        offence.Legislation.Should().Be(legislation);
        offence.Group.Should().Be(group);
        offence.TakesDrugClass.Should().Be(takesDrugClass);
    }

    [Fact]
    public void The_table_covers_the_whole_list()
    {
        Offences.All.Select(o => o.Code).Should().Equal(Statutes.Select(row => row.Data.Item1));
        Offences.All.Select(o => o.Code).Should().OnlyHaveUniqueItems();
    }

    // Years, or 0 for life, or -1 for none recorded.
    public static TheoryData<string, DrugClass?, int> Maximums => new()
    {
        { "possession", DrugClass.A, 7 },
        { "possession", DrugClass.B, 5 },
        { "possession", DrugClass.C, 2 },
        { "possession-with-intent-to-supply", DrugClass.A, 0 },
        { "possession-with-intent-to-supply", DrugClass.B, 14 },
        { "possession-with-intent-to-supply", DrugClass.C, 14 },
        { "concerned-in-supply", DrugClass.A, 0 },
        { "concerned-in-supply", DrugClass.B, 14 },
        { "concerned-in-supply", DrugClass.C, 14 },
        { "supply", DrugClass.A, 0 },
        { "supply", DrugClass.C, 14 },
        { "possession-of-criminal-property", null, 14 },
        { "slavery-servitude-forced-labour", null, 0 },
        { "human-trafficking", null, 0 },
        { "bladed-article-in-public", null, 4 },
        { "offensive-weapon-in-public", null, 4 },
        { "child-criminal-exploitation", null, -1 },
        { "cuckooing", null, -1 },
    };

    [Theory]
    [MemberData(nameof(Maximums))]
    public void Maximum_sentences_follow_the_domain_notes(string code, DrugClass? drugClass, int years)
    {
        MaximumSentence? maximum = Offences.FromCode(code).MaximumSentenceFor(drugClass);
        Describe(maximum).Should().Be(years);
    }

    [Theory]
    [MemberData(nameof(Maximums))]
    public void Conspiracy_carries_the_maximum_of_the_substantive_offence(string code, DrugClass? drugClass, int years)
    {
        Offence offence = Offences.FromCode(code);
        var conspiracy = new SuspectedOffence(offence, InchoateForm.Conspiracy, drugClass);
        Describe(Offences.MaximumSentenceFor(conspiracy)).Should().Be(years);
        Describe(Offences.MaximumSentenceFor(new SuspectedOffence(offence, InchoateForm.None, drugClass))).Should().Be(years);
        conspiracy.Group.Should().Be(offence.Group);
    }

    [Theory]
    [InlineData(InchoateForm.Attempt)]
    [InlineData(InchoateForm.EncouragingOrAssisting)]
    public void Other_inchoate_maximums_are_not_assumed(InchoateForm form)
    {
        Offences.MaximumSentenceFor(new SuspectedOffence(Offences.Supply, form, DrugClass.A)).Should().BeNull();
    }

    [Theory]
    [InlineData(InchoateForm.None, null)]
    [InlineData(InchoateForm.Conspiracy, "Criminal Law Act 1977 s.1")]
    [InlineData(InchoateForm.Attempt, "Criminal Attempts Act 1981 s.1")]
    [InlineData(InchoateForm.EncouragingOrAssisting, "Serious Crime Act 2007 ss.44-46")]
    public void Inchoate_forms_name_their_enactment(InchoateForm form, string? legislation)
    {
        Offences.LegislationOf(form).Should().Be(legislation);
    }

    [Fact]
    public void Conspiracy_to_supply_class_A_is_expressible()
    {
        var offence = new SuspectedOffence(Offences.Supply, InchoateForm.Conspiracy, DrugClass.A, Substances.Cocaine);
        offence.Group.Should().Be(OffenceGroup.Drugs);
        Offences.MaximumSentenceFor(offence)!.Value.IsLife.Should().BeTrue();
    }

    [Fact]
    public void Unverified_offences_are_listed_and_carry_no_maximum()
    {
        Offences.CommencementUnverified.Should().Equal(Offences.ChildCriminalExploitationUnverified, Offences.CuckooingUnverified);
        Offences.CommencementUnverified.Should().OnlyContain(o => o.MaximumSentences.IsEmpty && Offences.All.Contains(o));
    }

    [Fact]
    public void A_drug_class_is_rejected_on_an_offence_that_does_not_take_one()
    {
        Action act = () => _ = new SuspectedOffence(Offences.HumanTrafficking, InchoateForm.None, DrugClass.A);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Unknown_codes_are_not_found()
    {
        Offences.TryFromCode("murder", out Offence? offence).Should().BeFalse();
        offence.Should().BeNull();
        Offences.TryFromCode(null, out _).Should().BeFalse();
        Action act = () => Offences.FromCode("murder");
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    private static int Describe(MaximumSentence? maximum) => maximum switch
    {
        null => -1,
        { } m => m.Years ?? 0,
    };
}
