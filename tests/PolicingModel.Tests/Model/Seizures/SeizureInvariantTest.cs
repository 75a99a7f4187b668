namespace PolicingModel.Tests.Model;

/// <summary>The records of Model/Seizures refuse nonsense at construction, with an ArgumentException that names the field and the rule.</summary>
public sealed class SeizureInvariantTest
{
    public static TheoryData<string, Action, string, string> Cases => new()
    {
        { "drug seizure with neither substance nor class", () => _ = new DrugsSeized(), "statedClass", "*statedClass is required when substance is null*" },
        { "weapon seizure of none", () => _ = new WeaponSeized(WeaponKind.Knife, ReportedCount.Exactly(0)), "count", "*at least one*" },
        { "weapon kind unset", () => _ = new WeaponSeized(default), "kind", "*must be set*" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects(string rule, Action construct, string parameter, string message) =>
        construct.Should().Throw<ArgumentException>(rule).WithParameterName(parameter).WithMessage(message);
}
