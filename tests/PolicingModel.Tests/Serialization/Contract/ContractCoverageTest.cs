using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using PolicingModel.Reference;
using PolicingModel.Samples;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Every public record of the model (namespace <c>PolicingModel</c>) is part of the JSON contract, so a record added to
/// the model cannot be forgotten by the serializer; and both source-document operations survive a round trip.
/// </summary>
public sealed class ContractCoverageTest
{
    /// <summary>Values written only inside the record that holds them (a currency in money, the parts of an offence's or a substance's definition).</summary>
    private static readonly Type[] ReferenceOnly = [typeof(Currency), typeof(DrugClassification), typeof(MaximumSentence)];

    /// <summary>Enums of computed properties, never written (a quantity's dimension follows from its unit).</summary>
    private static readonly Type[] ComputedOnly = [typeof(QuantityDimension)];

    public static TheoryData<string> ModelRecords => new(
        typeof(Operation).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "PolicingModel" && !t.IsEnum && !t.IsInterface && !t.IsGenericTypeDefinition && !t.IsAbstract && IsRecord(t))
            .Except(ReferenceOnly)
            .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(ModelRecords))]
    public void Every_model_record_has_contract_metadata(string typeName)
    {
        Type type = typeof(Operation).Assembly.GetType(typeName)!;
        JsonTypeInfo info = PolicingJson.Options.GetTypeInfo(type);
        info.Type.Should().Be(type);
    }

    [Fact]
    public void Every_enum_that_a_contract_member_uses_is_written_as_its_wire_code()
    {
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        Visit(typeof(PolicingDocument), enums, seen);
        enums.ExceptWith(ComputedOnly);
        enums.Should().NotBeEmpty();
        foreach (Type type in enums)
        {
            PolicingJson.Options.GetTypeInfo(type).Converter.GetType().Name.Should().StartWith("WireCodeConverter", "{0} must be written as its wire code", type.Name);
        }
    }

    [Fact]
    public void Outcome_kind_codes_are_the_outcome_discriminators()
    {
        ArrestOutcome[] outcomes =
        [
            new RemainsInCustody(), new Charged(), new Bailed(new Bail(BailKind.PreCharge, new LocalDate(2024, 3, 12))),
            new ReleasedUnderInvestigation(), new Cautioned(), new CommunityResolution(), new NoFurtherAction(), new RecalledToPrison(),
        ];
        foreach (ArrestOutcome outcome in outcomes)
        {
            string json = PolicingJson.WriteToString(outcome);
            json.Should().StartWith($"{{\"kind\":\"{WireCodes.ToCode(ArrestOutcomeKinds.Of(outcome))}\"");
        }
    }

    [Fact]
    public void Both_source_document_operations_round_trip()
    {
        PolicingDocument document = PolicingDocument.Create([CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation]);
        byte[] json = PolicingJson.WriteToUtf8Bytes(document);
        PolicingJson.ReadDocument(json).Should().Be(document);
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    /// <summary>Walks the public properties of the model from <paramref name="type"/>, collecting every enum a record, element or kind uses.</summary>
    private static void Visit(Type type, HashSet<Type> enums, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type) || type.Assembly != typeof(Operation).Assembly && !type.IsGenericType)
        {
            return;
        }
        if (type.IsEnum)
        {
            enums.Add(type);
            return;
        }
        foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Visit(argument, enums, seen);
        }
        if (type.Assembly != typeof(Operation).Assembly || type == typeof(Offence) || type == typeof(Substance))
        {
            return;
        }
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Visit(property.PropertyType, enums, seen);
        }
        foreach (Type derived in type.IsAbstract ? typeof(Operation).Assembly.GetExportedTypes().Where(t => t.BaseType == type) : [])
        {
            Visit(derived, enums, seen);
        }
    }
}
