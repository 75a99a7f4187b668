using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PolicingModel.Tests.Conventions;

/// <summary>In the spirit of NodaTime's MutabilityTest: no public type exposes a setter (init included), a writable field or a mutable collection.</summary>
public sealed class ImmutabilityTest
{
    private static readonly Type[] PublicTypes = typeof(Operation).Assembly.GetExportedTypes();

    public static TheoryData<string> PublicTypeNames => new(PublicTypes.Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Has_no_public_setter_or_writable_field(string typeName)
    {
        Type type = PublicTypes.Single(t => t.FullName == typeName);
        if (type.IsEnum || IsDeclaredMutable(type))
        {
            return;
        }
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true } or { IsFamily: true } && p.DeclaringType != typeof(Exception)) // HelpLink, Source, HResult are System.Exception's
            .Select(p => p.Name).Should().BeEmpty("{0} must be immutable", typeName);
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name).Should().BeEmpty("{0} must not expose writable fields", typeName);
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void Exposes_no_mutable_collection(string typeName)
    {
        Type type = PublicTypes.Single(t => t.FullName == typeName);
        if (IsDeclaredMutable(type))
        {
            return;
        }
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsMutableCollection(p.PropertyType))
            .Select(p => p.Name).Should().BeEmpty("{0} must expose collections as EquatableArray<T> or immutable types", typeName);
    }

    private static readonly Type[] MutableDefinitions =
        [typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>)];

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && MutableDefinitions.Contains(type.GetGenericTypeDefinition()))
        || (type != typeof(string) && !type.IsGenericType && typeof(IList).IsAssignableFrom(type));

    /// <summary>Builders and accumulators are the documented mutable exception, declared by [Mutable] (never inferred from a name).</summary>
    internal static bool IsDeclaredMutable(Type type) =>
        type.IsDefined(typeof(MutableAttribute)) || type.IsDefined(typeof(CompilerGeneratedAttribute));

    [Fact]
    public void The_mutable_types_are_exactly_the_builders_the_accumulator_and_the_ledger()
    {
        PublicTypes.Where(t => t.IsDefined(typeof(MutableAttribute))).Select(t => t.FullName).Should().BeEquivalentTo(
            typeof(Operation.Builder).FullName, typeof(Arrest.Builder).FullName, typeof(PolicingModel.Aggregation.ArrestBreakdownAccumulator).FullName,
            typeof(PolicingModel.Privacy.ReleaseLedger).FullName);
    }
}
