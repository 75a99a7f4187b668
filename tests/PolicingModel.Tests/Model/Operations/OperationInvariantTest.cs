namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Operations refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class OperationInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "empty operation name", () => _ = new Operation(new OperationId("op"), "", PoliceForce.Kent, new Interval(Examples.Dawn, null)), "name", "*must not be empty*" },
        { "operation without start", () => _ = new Operation(new OperationId("op"), "Op", PoliceForce.Kent, new Interval(null, Examples.Dawn)), "period", "*must have a start*" },
        { "lead force as partner", () => _ = new Operation(new OperationId("op"), "Op", PoliceForce.Kent, new Interval(Examples.Dawn, null), partnerForces: [PoliceForce.Kent]), "partnerForces", "*must not include the lead force*" },
        { "predominant offence not listed", () => _ = new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(5), [Examples.ClassASupply], new SuspectedOffence(Offences.Possession)), "predominantOffence", "*must be one of offences*" },
        { "conditions on an arrest total", () => _ = new ReportedTotal(ReportedMeasure.Arrests, null, conditions: [new Doorstep()]), "conditions", "*only allowed on a BailedWithConditions total*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
