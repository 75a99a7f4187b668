using System.Reflection;
using PolicingModel.Aggregation;
using PolicingModel.Privacy;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Privacy;

/// <summary>
/// A name, a date of birth, an address, a locality and ids placed everywhere an operation can hold them appear nowhere
/// in a public view: not in its ToString, not in its rendered text, not in the text of any exception from invalid
/// input; and no public-view type has a member that could carry them.
/// </summary>
public sealed class PublicViewPrivacyTest
{
    private static readonly PostalAddress Home = new(["42 Acacia Avenue", "Norbury"], "CR0 9XX");

    private static readonly PersonalIdentifiers Identifiers = new("Jane Quinnell-Example", new LocalDate(1999, 3, 14), Home, "99/123456Z");

    private static readonly string[] Secrets =
        ["Quinnell", "Jane", "1999", "03-14", "14/03", "14 March", "Acacia", "Norbury", "CR0 9XX", "123456Z", "Gardens", "Secret Venue", "P-7781", "custody-4471"];

    private static readonly Place SecretLocality = Place.InLondon("Quinnell Gardens", LondonBorough.Croydon);
    private static readonly Place SecretAddress = Place.AtAddress(Home, PoliceForce.Metropolitan, "Acacia Estate", LondonBorough.Croydon);

    private static Operation WithPersonalData(bool secrets) => new(
        new OperationId("op-summer"),
        "Operation Summer",
        PoliceForce.Metropolitan,
        new Interval(Examples.Dawn, Examples.Dawn + Duration.FromHours(6)),
        campaign: secrets ? "Find Jane Quinnell-Example" : null,
        purpose: secrets ? "Arrest Jane Quinnell-Example, born 14 March 1999, of 42 Acacia Avenue, Norbury, CR0 9XX." : null,
        linkedEvent: new PublicEvent(
            new PublicEventId("summer-fair-2024"), "Summer Fair",
            secrets ? Place.AtAddress(new PostalAddress(["1 Secret Venue Road"]), PoliceForce.Metropolitan, borough: LondonBorough.Croydon) : Place.InBorough(LondonBorough.Croydon),
            [new Interval(Examples.Dawn + Duration.FromDays(3), Examples.Dawn + Duration.FromDays(3) + Duration.FromHours(8))]),
        warrants: [new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, secrets ? SecretAddress : Place.InBorough(LondonBorough.Croydon), PremisesKind.Residential)],
        arrests:
        [
            new Arrest(
                new ArrestId(secrets ? "custody-4471" : "a1"), Examples.Dawn,
                new ArrestedPerson(
                    Age.Exactly(24), Sex.Female, secrets ? SecretLocality : Place.InBorough(LondonBorough.Croydon), SelfDefinedEthnicity.BlackCaribbean,
                    id: secrets ? new PersonId("P-7781") : null, identifiers: secrets ? Identifiers : null),
                [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody(), location: secrets ? SecretAddress : null),
            .. Enumerable.Range(2, 4).Select(i => Examples.Arrest("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ],
        seizures: [new Seizure(new SeizureId("s1"), new CashSeized(Money.Pounds(500m)), secrets ? SecretAddress : null, fromArrest: new ArrestId(secrets ? "custody-4471" : "a1"))]);

    public static TheoryData<int> Thresholds => new(1, 2, 3, 5);

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Personal_data_appears_nowhere_in_the_view_or_its_text(int threshold)
    {
        PublicOperationView view = PublicOperationView.Of(WithPersonalData(secrets: true), threshold);
        string[] texts =
        [
            view.ToString(), view.Arrests.ToString(), view.LinkedEvent!.ToString(),
            view.Arrests.ByAgeBand.ToString(), view.Arrests.BySex.ToString(), view.Arrests.ByEthnicityGroup.ToString(),
            view.Arrests.ByHomeArea.ToString(), view.Arrests.ByOffenceGroup.ToString(),
            string.Join("\n", view.Arrests.ByHomeArea.Cells), string.Join("\n", view.Arrests.BySex.Cells),
            PublicViewText.Render(view), PublicViewText.Render(view.Arrests),
            System.Text.Encoding.UTF8.GetString(PolicingJson.WritePublicView(view, indented: true)),
        ];
        foreach (string text in texts)
        {
            text.Should().NotContainAny(Secrets);
        }
        PublicViewText.Render(view).Should().Contain("Operation Summer").And.Contain("Croydon").And.Contain("Summer Fair");
        System.Text.Encoding.UTF8.GetString(PolicingJson.WritePublicView(view)).Should().Contain("\"name\":\"Operation Summer\"").And.Contain("\"area\":\"borough:E09000008\"").And.Contain("\"label\":\"Croydon\"").And.Contain("Summer Fair");
    }

    [Fact]
    public void The_view_does_not_depend_on_personal_data_at_all()
    {
        // Identifiers, localities, addresses, person and arrest ids, campaign and purpose all differ; the views are equal.
        PublicOperationView.Of(WithPersonalData(secrets: true)).Should().Be(PublicOperationView.Of(WithPersonalData(secrets: false)));
        PublicArrestBreakdown.Of(WithPersonalData(secrets: true).Arrests, 1).Should().Be(PublicArrestBreakdown.Of(WithPersonalData(secrets: false).Arrests, 1));
    }

    [Fact]
    public void Exceptions_from_invalid_input_carry_no_personal_data()
    {
        Operation operation = WithPersonalData(secrets: true);
        Arrest[] withNull = [.. operation.Arrests, null!];
        PublicOperationView view = PublicOperationView.Of(operation);
        Action[] invalid =
        [
            () => PublicOperationView.Of(operation, threshold: 0),
            () => PublicOperationView.Of(operation, threshold: int.MinValue),
            () => PublicOperationView.Of(null!),
            () => PublicArrestBreakdown.Of(operation.Arrests, threshold: -1),
            () => PublicArrestBreakdown.Of(withNull),
            () => PublicArrestBreakdown.Of(withNull.Where(_ => true)),
            () => _ = view.Arrests.BySex[(Sex)42],
            () => _ = view.Arrests.ByAgeBand[(AgeBand)(-1)],
            () => SmallCellSuppression.Apply([1, -24], 3),
        ];
        foreach (Action act in invalid)
        {
            Exception exception = act.Should().Throw<ArgumentException>().Which;
            exception.ToString().Should().NotContainAny(Secrets);
            exception.Message.Should().NotContainAny(Secrets);
        }
    }

    /// <summary>Types a public view must never reach: they hold, or can hold, who a person is or where they live.</summary>
    private static readonly Type[] Forbidden =
    [
        typeof(PersonalIdentifiers), typeof(PostalAddress), typeof(Place), typeof(ArrestedPerson), typeof(Arrest), typeof(Operation),
        typeof(PersonId), typeof(ArrestId), typeof(Age), typeof(LocalDate), typeof(LocalDateTime), typeof(ZonedDateTime), typeof(PublicEvent),
        typeof(CustodyDetails), typeof(Seizure), typeof(Warrant), typeof(SafeguardingAction), typeof(SourceReference), typeof(object),
    ];

    /// <summary>Values that cannot carry personal data: numbers, flags, code lists, the operation's span, and police labels for operations and events.</summary>
    private static readonly Type[] Leaves = [typeof(int), typeof(long), typeof(bool), typeof(Interval), typeof(OperationId), typeof(PublicEventId)];

    /// <summary>The only texts: the police's own public names for the operation and its event.</summary>
    /// A figure's wording is a member of the count type, but the view always drops it (held by the test below).
    private static readonly (Type, string)[] AllowedTexts =
    [
        (typeof(PublicOperationView), nameof(PublicOperationView.Name)), (typeof(PublicEventLink), nameof(PublicEventLink.Name)),
        (typeof(ReportedCount), nameof(ReportedCount.Wording)),
    ];

    [Fact]
    public void A_public_view_drops_the_wording_of_its_figures()
    {
        Operation operation = PolicingModel.Samples.CountyLinesWarrantsOperation.Operation.ToBuilder()
            .Report(ReportedMeasure.Arrests, ReportedCount.Unquantified("Jane Doe's gang and others"))
            .Report(ReportedMeasure.WarrantsExecuted, new ReportedCount(90, Precision.MoreThan, wording: "in excess of, says J. Doe"))
            .ToOperation();
        PublicOperationView view = PublicOperationView.Of(operation);
        view.TotalArrests.Wording.Should().BeNull();
        view.WarrantsExecuted.Wording.Should().BeNull();
        System.Text.Encoding.UTF8.GetString(PolicingJson.WritePublicView(view)).Should().NotContain("Doe");
    }

    [Fact]
    public void No_public_view_type_has_a_member_that_could_carry_personal_data()
    {
        (List<string> problems, HashSet<Type> reached) = Inspect(typeof(PublicOperationView));

        problems.Should().BeEmpty();
        reached.Should().NotIntersectWith(Forbidden);
        // Every public-view type of the namespace is reached from the view, so none escapes this test.
        typeof(PublicOperationView).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(PublicOperationView).Namespace && t.Name.StartsWith("Public", StringComparison.Ordinal) && !t.IsAbstract && !t.IsEnum)
            .Select(t => t.Name)
            .Should().BeSubsetOf(reached.Select(t => t.IsGenericType ? t.GetGenericTypeDefinition().Name : t.Name));
    }

    [Fact]
    public void The_inspection_finds_personal_data_where_there_is_some()
    {
        Inspect(typeof(ArrestedPerson)).Problems.Should().Contain(
            ["ArrestedPerson.HomeArea is a Place", "ArrestedPerson.Id is a PersonId", "ArrestedPerson.Identifiers is a PersonalIdentifiers", "ArrestedPerson.Age is a Age"]);
        Inspect(typeof(PublicEvent)).Problems.Should().Contain(["PublicEvent.Location is a Place"]);
        Inspect(typeof(PolicingModel.Reporting.OperationSummary)).Problems.Should().NotBeEmpty();
    }

    /// <summary>Walks every public property reachable from <paramref name="root"/>, reporting each that is free text, a forbidden type, or a type not known to be safe.</summary>
    private static (List<string> Problems, HashSet<Type> Reached) Inspect(Type root)
    {
        var reached = new HashSet<Type>();
        var problems = new List<string>();
        Walk(root, root.Name);
        return (problems, reached);

        void Walk(Type type, string path)
        {
            if (!reached.Add(type) || type.IsEnum || Leaves.Contains(type))
            {
                return;
            }
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Type member = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (member.IsGenericType && member.GetGenericTypeDefinition() == typeof(EquatableArray<>))
                {
                    member = member.GetGenericArguments()[0];
                }
                string where = path + "." + property.Name;
                if (member == typeof(string))
                {
                    if (!AllowedTexts.Contains((type, property.Name)))
                    {
                        problems.Add(where + " is free text");
                    }
                    continue;
                }
                if (Forbidden.Contains(member))
                {
                    problems.Add(where + " is a " + member.Name);
                    continue;
                }
                if (!member.IsEnum && !Leaves.Contains(member) && member.Namespace is not ("PolicingModel.Privacy" or "PolicingModel.Aggregation" or "PolicingModel"))
                {
                    problems.Add(where + " is a " + member.FullName + ", which this test does not know to be safe");
                    continue;
                }
                Walk(member, where);
            }
        }
    }
}
