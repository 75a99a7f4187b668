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
    };

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
