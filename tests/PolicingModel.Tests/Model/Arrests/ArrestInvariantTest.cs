namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Arrests refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class ArrestInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "unset id", () => _ = new Arrest(default, Examples.Dawn, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody()), "id", "*must be set*" },
        { "arrest without offences", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [], PoliceForce.Metropolitan, new RemainsInCustody()), "offences", "*at least one*" },
        { "arrest with unset force", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [Examples.ClassASupply], default, new RemainsInCustody()), "force", "*must be set*" },
        { "booked in before arrest", () => _ = new Arrest(new ArrestId("a"), Examples.Dawn, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody(), custody: new CustodyDetails(Examples.Dawn - Duration.FromHours(1))), "custody", "*must not be before the arrest*" },
        { "post-charge bail as pre-charge outcome", () => _ = new Bailed(new Bail(BailKind.Court, new LocalDate(2024, 3, 12))), "bail", "*must be PreCharge bail*" },
        { "remanded and bailed", () => _ = new Charged(remandedInCustody: true, bail: new Bail(BailKind.Court, new LocalDate(2024, 3, 12))), "bail", "*both remanded in custody and on bail*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
