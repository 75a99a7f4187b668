namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Places refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class PlaceInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "borough with a non-London force", () => _ = Place.Create(PlacePrecision.Borough, null, null, LondonBorough.Croydon, PoliceForce.Kent), "force", "*polices London*" },
        { "locality without a name", () => _ = Place.InLocality(" ", PoliceForce.Kent), "locality", "*must not be empty*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
