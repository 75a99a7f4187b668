using System.Reflection;
using PolicingModel.Queries;
using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

/// <summary>No public type of Reporting or Queries exposes a setter (init included) or a writable field.</summary>
public sealed class ReportingImmutabilityTest
{
    private static string[] Names => [.. typeof(OperationSummary).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is "PolicingModel.Reporting" or "PolicingModel.Queries" && !t.IsEnum)
        .Select(t => t.FullName!)];

    public static TheoryData<string> TypeNames => new(Names);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Has_no_public_setter(string typeName)
    {
        Type type = typeof(OperationSummary).Assembly.GetType(typeName)!;
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } or { IsFamily: true })
            .Select(p => p.Name).Should().BeEmpty();
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name).Should().BeEmpty();
    }

    [Fact]
    public void Covers_both_namespaces()
    {
        Names.Should().Contain(typeof(EventBan).FullName).And.Contain(typeof(Tally<>).FullName).And.Contain(typeof(OperationSummary).FullName);
    }
}
