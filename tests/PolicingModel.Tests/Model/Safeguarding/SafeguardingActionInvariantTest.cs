namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Safeguarding refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SafeguardingActionInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "safeguarding kind unset", () => _ = new SafeguardingAction(new SafeguardingActionId("sg"), default), "kind", "*must be set*" },
        { "safeguarding with an unset partner", () => _ = new SafeguardingAction(new SafeguardingActionId("sg"), SafeguardingKind.NationalReferralMechanismReferral, [default(PartnerAgency)]), "partners", "*must be set*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
