using System.Reflection;
using NodaTime;
using NodaTime.Testing;
using PolicingModel.Queries;
using PolicingModel.Reporting;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

/// <summary>Every public static method of the query and reporting classes rejects a null argument with that argument's name.</summary>
public sealed class NullArgumentTest
{
    private static readonly Type[] Classes =
        [typeof(ArrestQueries), typeof(OperationQueries), typeof(BailQueries), typeof(PressReleaseRenderer), typeof(OperationSummary), typeof(EventRunUpComparison), typeof(ArrestOutcomeKinds)];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (MethodInfo method in Methods())
        {
            ParameterInfo[] parameters = method.GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                if (!parameters[i].ParameterType.IsValueType)
                {
                    data.Add(Name(method), i);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects_null(string methodName, int nullIndex)
    {
        MethodInfo method = Methods().Single(m => Name(m) == methodName);
        ParameterInfo[] parameters = method.GetParameters();
        object?[] arguments = [.. parameters.Select((p, i) => i == nullIndex ? null : Sample(p.ParameterType))];

        Action act = () =>
        {
            try
            {
                method.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        };

        act.Should().Throw<ArgumentNullException>().WithParameterName(parameters[nullIndex].Name);
    }

    [Fact]
    public void Every_class_has_methods_to_check()
    {
        Cases().Should().HaveCountGreaterThan(20);
    }

    private static IEnumerable<MethodInfo> Methods() =>
        Classes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName)
            .Select(m => m.IsGenericMethodDefinition ? m.MakeGenericMethod(typeof(Charged)) : m);

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(IEnumerable<Arrest>) => new BreakingSequence<Arrest>(),
        _ when type == typeof(IEnumerable<Operation>) => new BreakingSequence<Operation>(),
        _ when type == typeof(IEnumerable<OperationSummary>) => new[] { OperationSummary.Empty },
        _ when type == typeof(PublicEvent) => CarnivalRaidsOperation.NottingHillCarnival2023,
        _ when type == typeof(PublicEvent[]) => new[] { CarnivalRaidsOperation.NottingHillCarnival2023, new PublicEvent(new PublicEventId("other"), "Other", Place.InForceArea(PoliceForce.Kent), CarnivalRaidsOperation.NottingHillCarnival2023.Sessions) },
        _ when type == typeof(Place) => Place.InForceArea(PoliceForce.Kent),
        _ when type == typeof(Arrest) => CountyLinesWarrantsOperation.Operation.Arrests[0],
        _ when type == typeof(Operation) => CountyLinesWarrantsOperation.Operation,
        _ when type == typeof(IClock) => new FakeClock(Instant.FromUtc(2023, 8, 20, 12, 0)),
        _ when type == typeof(Period) => Period.FromDays(7),
        _ when type == typeof(BailCondition) => new Residence(),
        _ when type == typeof(ArrestOutcome) => new RemainsInCustody(),
        _ when type.IsValueType => Activator.CreateInstance(type)!,
        _ => throw new NotSupportedException($"No sample for {type}."),
    };
}
