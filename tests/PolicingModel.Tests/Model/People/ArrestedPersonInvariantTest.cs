namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/People refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class ArrestedPersonInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "age over 120", () => _ = Age.Exactly(121), "years", "*must be between 0 and 120*" },
        { "age below 0", () => _ = Age.Exactly(-1), "years", "*must be between 0 and 120*" },
        { "age range reversed", () => _ = Age.Between(30, 20), "maxYears", "*must be between 30 and 120*" },
        { "home area as an address", () => _ = new ArrestedPerson(Age.Exactly(20), Sex.Male, Place.AtAddress(new PostalAddress(["1 High Street"]), PoliceForce.Kent)), "homeArea", "*not an address*" },
        { "empty personal identifiers", () => _ = new PersonalIdentifiers(), "name", "*at least one of*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
