namespace PolicingModel.Tests.Reporting;

public sealed partial class ReportedPhrasesTest
{
    [Fact]
    public void A_safeguarding_action_says_how_many_people_it_concerns()
    {
        Operation.Builder builder = OneDay();
        builder.Safeguarding.Add(new SafeguardingAction(
            new SafeguardingActionId("g1"), SafeguardingKind.NationalReferralMechanismReferral, people: ReportedCount.Exactly(3)));

        Lines(builder).Should().Contain("A National Referral Mechanism referral was made for three people.");
    }

    [Fact]
    public void Vulnerable_people_identified_are_said()
    {
        Lines(OneDay().Report(ReportedMeasure.VulnerablePeopleIdentified, ReportedCount.Exactly(9)))
            .Should().Contain("Nine vulnerable people were identified and offered support.");
    }

    [Fact]
    public void Joint_lead_forces_and_supporting_forces_are_named_by_role()
    {
        Operation.Builder builder = OneDay().Report(ReportedMeasure.WarrantsExecuted, ReportedCount.Exactly(17));
        builder.JointLeadForces.AddRange([PoliceForce.Essex, PoliceForce.Sussex]);
        builder.PartnerForces.Add(PoliceForce.BritishTransportPolice);

        Lines(builder).Should().Contain(
            "On Monday 3 March 2025, officers executed 17 warrants, in a joint operation with Essex Police and Sussex Police, supported by British Transport Police.");
    }

    [Theory]
    [InlineData(true, "The operation, led by the Dog Unit, ran on Monday 3 March 2025.")]
    [InlineData(false, "The operation, led by Operation Nightjar, ran on Monday 3 March 2025.")]
    public void Units_take_an_article_only_when_their_name_does(bool takesArticle, string expected)
    {
        Operation.Builder builder = OneDay();
        builder.LeadUnit = new PolicingUnit(PoliceForce.Kent, takesArticle ? "Dog Unit" : "Operation Nightjar", takesArticle: takesArticle);

        Lines(builder).Should().Contain(expected);
    }
}
