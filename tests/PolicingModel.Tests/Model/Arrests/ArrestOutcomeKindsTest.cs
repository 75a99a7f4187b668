using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Model;

public sealed class ArrestOutcomeKindsTest
{
    public static TheoryData<ArrestOutcome, ArrestOutcomeKind> Outcomes => new()
    {
        { new RemainsInCustody(), ArrestOutcomeKind.RemainsInCustody },
        { new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2025, 5, 1))), ArrestOutcomeKind.Bailed },
        { new ReleasedUnderInvestigation(), ArrestOutcomeKind.ReleasedUnderInvestigation },
        { new Charged(remandedInCustody: true), ArrestOutcomeKind.Charged },
        { new Cautioned(conditional: true), ArrestOutcomeKind.Cautioned },
        { new CommunityResolution(), ArrestOutcomeKind.CommunityResolution },
        { new NoFurtherAction(), ArrestOutcomeKind.NoFurtherAction },
        { new RecalledToPrison(), ArrestOutcomeKind.RecalledToPrison },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Each_outcome_record_has_its_kind(ArrestOutcome outcome, ArrestOutcomeKind kind)
    {
        ArrestOutcomeKinds.Of(outcome).Should().Be(kind);
    }

    [Fact]
    public void Kinds_have_kebab_case_wire_codes()
    {
        WireCodes.ToCode(ArrestOutcomeKind.ReleasedUnderInvestigation).Should().Be("released-under-investigation");
    }

    [Fact]
    public void Null_is_rejected()
    {
        Func<ArrestOutcomeKind> act = () => ArrestOutcomeKinds.Of(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("outcome");
    }
}
