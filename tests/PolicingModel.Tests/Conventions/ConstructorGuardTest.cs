using System.Reflection;

namespace PolicingModel.Tests.Conventions;

/// <summary>
/// Walks every public constructor of every public record and, one parameter at a time, passes each value its rules
/// forbid: null for a required reference, blank text, an undefined enum value, an unset id. Each must be refused with
/// an ArgumentException that names the parameter (in the exception and in its message), and the valid arguments
/// must be accepted.
/// </summary>
public sealed class ConstructorGuardTest
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Constructors => new(
        typeof(Operation).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.IsGenericTypeDefinition
                        && !ImmutabilityTest.IsDeclaredMutable(t)) // builders check when they build
            .SelectMany(t => t.GetConstructors())
            .Where(c => c.GetParameters().Length > 0 && !IsCopyConstructor(c) && !c.GetParameters().Any(p => p.ParameterType.IsByRefLike))
            .Select(Describe));

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Refuses_each_forbidden_value_naming_the_parameter(string constructor)
    {
        ConstructorInfo ctor = Find(constructor);
        ParameterInfo[] parameters = ctor.GetParameters();
        object?[] valid = parameters.Select(ValidSample).ToArray();
        ctor.Invoke(valid).Should().NotBeNull("the sample arguments of {0} are valid", constructor);

        for (int i = 0; i < parameters.Length; i++)
        {
            foreach (object? invalid in ForbiddenValues(parameters[i]))
            {
                object?[] args = (object?[])valid.Clone();
                args[i] = invalid;
                Action act = () => ctor.Invoke(args);
                act.Should().Throw<TargetInvocationException>($"{constructor} must refuse {parameters[i].Name} = '{invalid ?? "null"}'")
                    .WithInnerException<ArgumentException>()
                    .Where(e => e.ParamName == parameters[i].Name && e.Message.Contains(parameters[i].Name!), "the exception names the parameter");
            }
        }
    }

    private static IEnumerable<object?> ForbiddenValues(ParameterInfo parameter)
    {
        Type type = parameter.ParameterType;
        bool nullable = Nullability.Create(parameter).WriteState == NullabilityState.Nullable;
        if (type == typeof(string))
        {
            if (!nullable)
            {
                yield return null;
            }
            if (!BlankAllowed.Contains((parameter.Member.DeclaringType!, parameter.Name!)))
            {
                yield return "";
                yield return "   ";
            }
        }
        else if (type.IsEnum)
        {
            yield return Enum.ToObject(type, 12345);
        }
        else if (typeof(IIdentifier).IsAssignableFrom(type))
        {
            yield return Activator.CreateInstance(type);
        }
        else if (!type.IsValueType && !nullable)
        {
            yield return null;
        }
    }

    private static object? ValidSample(ParameterInfo parameter)
    {
        Type type = parameter.ParameterType;
        if (Overrides.TryGetValue((parameter.Member.DeclaringType!, parameter.Name!), out object? special))
        {
            return special;
        }
        if (Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.Nullable))
        {
            return null;
        }
        if (type == typeof(string))
        {
            return parameter.Member.DeclaringType == typeof(Currency) ? "GBP" : "valid-text";
        }
        if (type.IsEnum)
        {
            // The first non-zero value: zero is often the "unset" value that records refuse.
            object[] values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => Enum.ToObject(type, v)).ToArray();
            return values.FirstOrDefault(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0) ?? values[0];
        }
        if (typeof(IIdentifier).IsAssignableFrom(type))
        {
            return Activator.CreateInstance(type, "id-1");
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return Samples.TryGetValue(type, out object? list) ? list : Activator.CreateInstance(type);
        }
        return Samples.TryGetValue(type, out object? sample)
            ? sample
            : throw new InvalidOperationException($"Add a valid sample of {type} for {parameter.Member.DeclaringType!.Name}({parameter.Name}) to ConstructorGuardTest.Samples.");
    }

    /// <summary>Text parameters where empty is meaningful (a rule finding about a whole record has an empty path).</summary>
    private static readonly HashSet<(Type, string)> BlankAllowed = [(typeof(ValidationProblem), "path"), (typeof(PolicingModel.Serialization.PolicingJsonException), "pointer")];

    /// <summary>Arguments that must differ from the plain sample for the constructor to accept the whole set.</summary>
    private static readonly Dictionary<(Type, string), object> Overrides = new()
    {
        [(typeof(Curfew), "until")] = new LocalTime(7, 0),
        [(typeof(DrugsSeized), "statedClass")] = DrugClass.A,
        [(typeof(PersonalIdentifiers), "name")] = "A Person",
        [(typeof(ValidationProblem), "path")] = "/id",
        [(typeof(PolicingDocument), "schemaVersion")] = PolicingDocument.CurrentSchemaVersion,
        [(typeof(PolicingModel.Serialization.PolicingJsonException), "pointer")] = "/arrests/0",
        // An exact time: a vague one needs an instant at the start of what is known, which the sample instant is not.
        [(typeof(Arrest), "timeKnown")] = TimeKnown.Exact,
        [(typeof(WarrantExecution), "known")] = TimeKnown.Exact,
        [(typeof(PolicingModel.Serialization.PolicingJsonLimits), "maxElementBytes")] = 65_536,
        [(typeof(PolicingModel.Serialization.PolicingJsonLimits), "maxDocumentBytes")] = 1_048_576L,
    };

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(int)] = 1,
        [typeof(long)] = 1L,
        [typeof(bool)] = false,
        [typeof(decimal)] = 1m,
        [typeof(Instant)] = Examples.Dawn,
        [typeof(LocalDate)] = new LocalDate(2024, 3, 12),
        [typeof(LocalTime)] = new LocalTime(21, 0),
        [typeof(Interval)] = new Interval(Examples.Dawn, Examples.Dawn + Duration.FromHours(2)),
        [typeof(Age)] = Age.Exactly(30),
        [typeof(Money)] = Money.Pounds(10m),
        [typeof(Currency)] = Currency.Gbp,
        [typeof(ReportedCount)] = ReportedCount.Exactly(1),
        [typeof(Place)] = Place.InBorough(LondonBorough.Croydon),
        [typeof(PostalAddress)] = new PostalAddress(["1 High Street"]),
        [typeof(Offence)] = Offences.ConcernedInSupply,
        [typeof(Substance)] = Substances.Cocaine,
        [typeof(SuspectedOffence)] = Examples.ClassASupply,
        [typeof(ArrestedPerson)] = Examples.Person(),
        [typeof(ArrestOutcome)] = new RemainsInCustody(),
        [typeof(SeizedItem)] = new CashSeized(Money.Pounds(10m)),
        [typeof(Bail)] = new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12)),
        [typeof(PublicEvent)] = CarnivalRaidsOperation.NottingHillCarnival2023,
        [typeof(EquatableArray<SuspectedOffence>)] = (EquatableArray<SuspectedOffence>)[Examples.ClassASupply],
        [typeof(EquatableArray<string>)] = (EquatableArray<string>)["1 High Street"],
        [typeof(EquatableArray<DrugClassification>)] = (EquatableArray<DrugClassification>)[new DrugClassification(null, DrugClass.A)],
        [typeof(EquatableArray<Interval>)] = (EquatableArray<Interval>)[new Interval(Examples.Dawn, Examples.Dawn + Duration.FromHours(2))],
        [typeof(EquatableArray<IsoDayOfWeek>)] = (EquatableArray<IsoDayOfWeek>)[IsoDayOfWeek.Monday],
    };

    private static bool IsCopyConstructor(ConstructorInfo c) => c.GetParameters() is [var only] && only.ParameterType == c.DeclaringType;

    private static string Describe(ConstructorInfo c) =>
        $"{c.DeclaringType!.FullName}({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    private static ConstructorInfo Find(string description) =>
        typeof(Operation).Assembly.GetExportedTypes().SelectMany(t => t.GetConstructors()).Single(c => Describe(c) == description);
}
