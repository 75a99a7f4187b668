using System.Reflection;
using PolicingModel.Rules;

namespace PolicingModel.Tests.Rules;

/// <summary>Every public type in PolicingModel.Rules is immutable: no public setter or init accessor, no public writable field.</summary>
public sealed class RulesMutabilityTest
{
    [Fact]
    public void Rules_types_have_no_public_setters_or_writable_fields()
    {
        var rulesTypes = typeof(DetentionClock).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(DetentionClock).Namespace)
            .ToList();
        rulesTypes.Should().Contain([typeof(DetentionClock), typeof(BailCheck), typeof(DetentionDeadline)]);

        var mutable = rulesTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.IsEnum ? [] : t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                    .Where(f => !f.IsLiteral && !f.IsInitOnly)
                    .Select(f => $"{t.Name}.{f.Name}")))
            .ToList();
        mutable.Should().BeEmpty();
    }
}
