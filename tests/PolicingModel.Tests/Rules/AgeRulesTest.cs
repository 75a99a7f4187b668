using NodaTime;
using PolicingModel.Rules;
using static PolicingModel.Tests.Rules.RulesTestData;

namespace PolicingModel.Tests.Rules;

public sealed class AgeRulesTest
{
    public static TheoryData<int, int, bool, bool, Juvenility, bool> Ages => new()
    {
        // min, max, below ACR, may be below ACR, juvenility, appropriate adult
        { 9, 9, true, false, Juvenility.Juvenile, true },
        { 0, 9, true, false, Juvenility.Juvenile, true },
        { 10, 10, false, false, Juvenility.Juvenile, true },
        { 8, 12, false, true, Juvenility.Juvenile, true },
        { 17, 17, false, false, Juvenility.Juvenile, true },
        { 16, 19, false, false, Juvenility.Uncertain, true },
        { 18, 18, false, false, Juvenility.Adult, false },
        { 18, 120, false, false, Juvenility.Adult, false },
        { 0, 120, false, false, Juvenility.Uncertain, true },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void Thresholds_are_read_from_the_whole_range(int min, int max, bool below, bool mayBeBelow, Juvenility juvenility, bool appropriateAdult)
    {
        Age age = Age.Between(min, max);
        AgeRules.IsBelowAgeOfCriminalResponsibility(age).Should().Be(below);
        AgeRules.MayBeBelowAgeOfCriminalResponsibility(age).Should().Be(mayBeBelow);
        AgeRules.JuvenilityOf(age).Should().Be(juvenility);
        AgeRules.IsJuvenile(age).Should().Be(juvenility == Juvenility.Juvenile);
        AgeRules.RequiresAppropriateAdult(age).Should().Be(appropriateAdult);
    }

    [Fact]
    public void An_unknown_age_requires_an_appropriate_adult_but_is_not_a_juvenile_for_certain()
    {
        AgeRules.RequiresAppropriateAdult(Age.Unknown).Should().BeTrue();
        AgeRules.IsJuvenile(Age.Unknown).Should().BeFalse();
        AgeRules.IsBelowAgeOfCriminalResponsibility(Age.Unknown).Should().BeFalse();
    }

    [Fact]
    public void The_named_bands_are_classified()
    {
        AgeRules.IsJuvenile(Age.Juvenile).Should().BeTrue();
        AgeRules.RequiresAppropriateAdult(Age.Adult).Should().BeFalse();
    }

    [Fact]
    public void An_arrestee_under_10_is_an_error()
    {
        var arrest = Arrest(Local(2020, 10, 29, 5, 0), age: Age.Exactly(9));
        AgeRules.Check(arrest).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "PM4001",
            Severity = ValidationSeverity.Error,
            Path = "/person/age",
        });
    }

    [Fact]
    public void An_arrestee_whose_range_straddles_10_is_a_warning()
    {
        var arrest = Arrest(Local(2020, 10, 29, 5, 0), age: Age.Between(9, 11));
        AgeRules.Check(arrest).Should().ContainSingle().Which.Code.Should().Be(RuleCodes.ArresteeMayBeBelowAgeOfCriminalResponsibility);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(26)]
    public void An_arrestee_of_10_or_more_has_no_findings(int years)
    {
        AgeRules.Check(Arrest(Local(2020, 10, 29, 5, 0), age: Age.Exactly(years))).Should().BeEmpty();
        AgeRules.Check(Arrest(Local(2020, 10, 29, 5, 0), age: Age.Unknown)).Should().BeEmpty();
    }
}
