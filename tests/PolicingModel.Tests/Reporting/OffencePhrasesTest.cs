using PolicingModel.Reference;
using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

public sealed class OffencePhrasesTest
{
    public static TheoryData<SuspectedOffence, string> Phrases => new()
    {
        { new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A), "being concerned in the supply of Class A drugs" },
        { new SuspectedOffence(Offences.SlaveryServitudeForcedLabour), "modern slavery" },
        { new SuspectedOffence(Offences.Possession, drugClass: DrugClass.B, substance: Substances.Cannabis), "possession of cannabis" },
        { new SuspectedOffence(Offences.PossessionWithIntentToSupply, drugClass: DrugClass.A), "possession of Class A drugs with intent to supply" },
        { new SuspectedOffence(Offences.PossessionWithIntentToSupply), "possession with intent to supply drugs" },
        { new SuspectedOffence(Offences.PossessionOfCriminalProperty), "possession of criminal property" },
        { new SuspectedOffence(Offences.Supply, InchoateForm.Conspiracy, DrugClass.A), "conspiracy to supply Class A drugs" },
        { new SuspectedOffence(Offences.Supply, InchoateForm.Attempt, DrugClass.B), "attempting to supply Class B drugs" },
        { new SuspectedOffence(Offences.Supply, drugClass: DrugClass.A, substance: Substances.CrackCocaine), "supplying crack cocaine" },
        { new SuspectedOffence(Offences.BladedArticleInPublic), "possession of a bladed article" },
        { new SuspectedOffence(Offences.HumanTrafficking), "human trafficking" },
        { new SuspectedOffence(Offences.ImportationOfControlledDrug, drugClass: DrugClass.A, substance: Substances.Cocaine), "importing cocaine" },
        { new SuspectedOffence(Offences.ImportationOfControlledDrug, InchoateForm.Conspiracy, DrugClass.A), "conspiracy to import Class A drugs" },
        { new SuspectedOffence(Offences.CultivationOfCannabis, drugClass: DrugClass.B), "cultivating cannabis" },
        { new SuspectedOffence(Offences.Robbery, InchoateForm.Conspiracy), "conspiracy to rob" },
        { new SuspectedOffence(Offences.Murder, InchoateForm.Conspiracy), "conspiracy to murder" },
        { new SuspectedOffence(Offences.BurglaryDwelling), "burglary" },
        { new SuspectedOffence(Offences.Theft, InchoateForm.Conspiracy), "conspiracy to steal" },
        { new SuspectedOffence(Offences.AttemptedMurder), "attempted murder" },
        { new SuspectedOffence(Offences.ViolentDisorder), "violent disorder" },
        { new SuspectedOffence(Offences.IllegalEntry), "entering the UK without leave" },
    };

    public static TheoryData<SuspectedOffence[], string> Grounds => new()
    {
        { [new SuspectedOffence(Offences.Robbery)], "on suspicion of robbery" },
        { [new SuspectedOffence(Offences.BreachOfBailConditions)], "for breaching bail conditions" },
        { [new SuspectedOffence(Offences.WantedOnWarrant)], "on a warrant" },
        { [new SuspectedOffence(Offences.BurglaryDwelling), new SuspectedOffence(Offences.WantedOnWarrant)], "on suspicion of burglary and on a warrant" },
        { [new SuspectedOffence(Offences.WantedOnWarrant), new SuspectedOffence(Offences.Affray), new SuspectedOffence(Offences.BreachOfBailConditions)], "on suspicion of affray, on a warrant and for breaching bail conditions" },
    };

    [Theory]
    [MemberData(nameof(Grounds))]
    public void Grounds_that_are_not_offences_are_not_said_to_be_suspected(SuspectedOffence[] offences, string expected)
    {
        OffencePhrases.Grounds(offences).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Offences_read_after_on_suspicion_of(SuspectedOffence offence, string expected)
    {
        OffencePhrases.Of(offence).Should().Be(expected);
    }

    [Fact]
    public void An_offence_outside_the_table_falls_back_to_its_title()
    {
        var offence = new Offence("criminal-damage", "criminal damage", "Criminal Damage Act 1971 s.1", OffenceGroup.CriminalDamageAndArson);
        OffencePhrases.Of(new SuspectedOffence(offence)).Should().Be("criminal damage");
        OffencePhrases.Of(new SuspectedOffence(offence, InchoateForm.Conspiracy)).Should().Be("conspiracy to commit an offence of criminal damage");
    }

    [Fact]
    public void Every_shipped_offence_has_a_phrase()
    {
        foreach (Offence offence in Offences.All)
        {
            OffencePhrases.Of(new SuspectedOffence(offence)).Should().NotBeNullOrWhiteSpace().And.NotContain("{");
        }
    }

    [Fact]
    public void Several_offences_join_with_and()
    {
        OffencePhrases.Of([
            new SuspectedOffence(Offences.ConcernedInSupply, drugClass: DrugClass.A),
            new SuspectedOffence(Offences.SlaveryServitudeForcedLabour),
        ]).Should().Be("being concerned in the supply of Class A drugs and modern slavery");
    }
}
