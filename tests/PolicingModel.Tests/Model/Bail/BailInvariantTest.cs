namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Bail refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class BailInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "bail answered before granted", () => _ = new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12), new LocalDate(2024, 3, 11)), "answerOn", "*must not be before grantedOn*" },
        { "extension of court bail", () => _ = new Bail(BailKind.Court, new LocalDate(2024, 3, 12), extensions: [new BailExtension(new LocalDate(2024, 4, 1), BailAuthority.Inspector, new LocalDate(2024, 9, 1))]), "extensions", "*only to pre-charge bail*" },
        { "curfew of no length", () => _ = new Curfew(new LocalTime(21, 0), new LocalTime(21, 0)), "until", "*must differ*" },
        { "reporting on no day", () => _ = new ReportToStation("Croydon", []), "days", "*at least one day*" },
        { "null inside a list", () => _ = new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12), conditions: [null!]), "conditions", "*must not contain nulls*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
