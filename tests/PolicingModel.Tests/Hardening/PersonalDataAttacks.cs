using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel.Privacy;
using PolicingModel.Reporting;
using PolicingModel.Rules;
using PolicingModel.Serialization;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Plants distinctive personal data in every position of <c>identifiers</c> — values, member names, malformed and
/// out-of-range forms, escaped text, broken UTF-8, truncation — and searches every text the library then produces:
/// each entry point's exception (with its inner exceptions), and for what is read, validation, the rules, the
/// renderings, summaries, public views and <c>ToString</c>. Then the model itself: records holding identifiers, the
/// constructors' own refusals, and serialisers and debuggers that walk properties.
/// </summary>
internal static class PersonalDataAttacks
{
    private const string Marker = "Zqxw";

    // Each: the text that stands as the value of "identifiers", and the secrets it plants.
    private static readonly (string Json, string[] Secrets)[] Plants =
    [
        ("""{"name":"Zqxw Smith","dateOfBirth":"23/07/1987"}""", [Marker, "23/07/1987"]),
        ("""{"dateOfBirth":"1987-02-30"}""", ["1987-02-30"]),
        ("""{"dateOfBirth":"0000-07-23"}""", ["0000-07-23"]),
        ("""{"dateOfBirth":"9999-12-31"}""", ["9999-12-31"]),
        ("""{"dateOfBirth":"0001-01-01"}""", ["0001-01-01"]),
        ("""{"dateOfBirth":19870723}""", ["19870723"]),
        ("""{"dateOfBirth":"Zqxw-07-23"}""", [Marker]),
        ("""{"ZqxwName":"x"}""", [Marker]),
        ("""{"name":"x","Zqxw":{"deep":[1,2]}}""", [Marker]),
        ("""{"\u005Aqxw":1}""", [Marker]),
        ("""{"homeAddress":{"lines":["1 Zqxw Road"],"ZqxwKey":1}}""", [Marker]),
        ("""{"homeAddress":{"lines":["Zqxw"," "]}}""", [Marker]),
        ("""{"homeAddress":{"lines":["Zqxw"],"postcode":["ZqxwPC"]}}""", [Marker]),
        ("""{"homeAddress":{"lines":[],"postcode":"ZQ1 1XW"}}""", ["ZQ1 1XW"]),
        ("""{"homeAddress":"Zqxw Road"}""", [Marker]),
        ("""{"homeAddress":{"lines":["Zqxw\u0007"]}}""", [Marker]),
        ("""{"name":"Zqxw\u0001"}""", [Marker]),
        ("""{"name":"Zqxw\ud800"}""", [Marker]),
        ("""{"name":"Zqxw\u202Eevil"}""", [Marker]),
        ("""{"name":"\u200B\u200B","pncId":"Zqxw"}""", [Marker]),
        ("{\"name\":\"Zqxw" + new string('a', 5_000) + "\"}", [Marker]),
        ("""{"name":"Zqxw1","name":"Zqxw2"}""", [Marker]),
        ("""{"name":"Zqxw","name":null}""", [Marker]),
        ("""{"name":{"Zqxw":1}}""", [Marker]),
        ("""{"name":["Zqxw"]}""", [Marker]),
        ("""{"name":"\u005Aqxw\u0000"}""", [Marker]),
        ("""{"pncId":"Zqxw/12\u2066"}""", [Marker]),
        ("""{"name":"Zqxw","dateOfBirth":"1987-07-23","extra":true}""", [Marker, "1987-07-23"]),
        ("""{"Zqxw":[1,}}""", [Marker]),
        ("""{"name":"Zqxw" "dateOfBirth":"1987-07-23"}""", [Marker, "1987-07-23"]),
        ("""{}""", []),
    ];

    internal static void Run(HardeningTally tally)
    {
        byte[] arrest = PolicingJson.Write(Examples.Arrest(person: Examples.Person(identifiers: new PersonalIdentifiers("Plain Name"))));
        byte[] document = PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create(arrests: [PolicingJson.Read<Arrest>(arrest)]));
        foreach ((string json, string[] secrets) in Plants)
        {
            byte[] plant = Encoding.UTF8.GetBytes(json);
            ReadEverywhere(tally, json, Splice(arrest, plant), Splice(document, plant), secrets);
        }

        // Broken UTF-8 inside a planted name, and a document cut off inside the identifiers.
        byte[] broken = [.. "{\"name\":\"Zqxw"u8, 0xFF, .. " Smith\"}"u8];
        ReadEverywhere(tally, "invalid UTF-8 in a name", Splice(arrest, broken), Splice(document, broken), Marker);
        byte[] whole = Splice(document, "{\"name\":\"Zqxw Smith\",\"dateOfBirth\":\"1987-07-23\"}"u8.ToArray());
        int cut = Encoding.UTF8.GetString(whole).IndexOf("Smith", StringComparison.Ordinal);
        for (int at = cut; at < cut + 30; at += 3)
        {
            byte[] truncated = whole[..at];
            tally.Expect<PolicingJsonException>($"document cut at {at} inside identifiers", () => Texts(() => PolicingJson.ReadDocument(truncated)), Marker, "1987-07-23");
        }

        Model(tally);
    }

    /// <summary>
    /// The control that shows the search can fail: the same marker outside <c>identifiers</c> (as an unknown police
    /// force code, which messages quote) is found by the same entry points. Returns the leaks a fresh tally counted.
    /// </summary>
    internal static int Control()
    {
        var control = new HardeningTally();
        byte[] document = PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create(arrests: [Examples.Arrest()]));
        byte[] planted = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(document).Replace("\"force\":\"metropolitan\"", "\"force\":\"Zqxw\"", StringComparison.Ordinal));
        ReadEverywhere(control, "a marker as a force code", planted[..0], planted, Marker);
        return control.Leaks;
    }

    private static void ReadEverywhere(HardeningTally tally, string name, byte[] arrest, byte[] document, params string[] secrets)
    {
        tally.Expect<PolicingJsonException>($"{name}: ReadDocument strict", () => Texts(() => PolicingJson.ReadDocument(document)), secrets);
        tally.Expect<PolicingJsonException>($"{name}: ReadDocument lenient", () => Texts(() => PolicingJson.ReadDocument(document, PolicingJsonReading.Lenient)), secrets);
        tally.Expect<PolicingJsonException>($"{name}: Read<Arrest>", () => Texts(() => PolicingJson.Read<Arrest>(arrest)), secrets);
        tally.Expect<PolicingJsonException>($"{name}: JsonSerializer with PolicingJson.Options", () => Texts(() => JsonSerializer.Deserialize<PolicingDocument>(document, PolicingJson.Options)!), secrets);
        tally.Expect<PolicingJsonException>($"{name}: ReadArrayAsync", () => Texts(() => Stream<Arrest>([(byte)'[', .. arrest, (byte)']'], lines: false)), secrets);
        tally.Expect<PolicingJsonException>($"{name}: ReadJsonLinesAsync", () => Texts(() => Stream<Arrest>([.. arrest, (byte)'\n'], lines: true)), secrets);
    }

    private static PolicingDocument Stream<T>(byte[] bytes, bool lines)
        where T : class
    {
        using var stream = new MemoryStream(bytes);
        IAsyncEnumerable<Arrest> items = lines ? PolicingJson.ReadJsonLinesAsync<Arrest>(stream) : PolicingJson.ReadArrayAsync<Arrest>(stream);
        List<Arrest> read = items.ToBlockingEnumerable().ToList();
        return PolicingDocument.Create(arrests: [.. read]);
    }

    // Everything printed about what was read.
    private static IEnumerable<string> Texts(Func<object> read)
    {
        object value = read();
        PolicingDocument document = value switch
        {
            PolicingDocument d => d,
            Arrest a => PolicingDocument.Create(arrests: [a]),
            _ => throw new InvalidOperationException("unexpected value"),
        };
        var texts = new List<string> { document.ToString(), DocumentValidator.Validate(document).ToString(), PressReleaseRenderer.RenderDocument(document) };
        foreach (Arrest arrest in document.Arrests)
        {
            texts.Add(arrest.ToString());
            texts.Add(string.Join("\n", ArrestRules.Check(arrest)));
            texts.Add(Encoding.UTF8.GetString(PolicingJson.WritePublicView(PublicOperationView.Of(WrapInOperation(arrest)))));
        }
        return texts;
    }

    private static Operation WrapInOperation(Arrest arrest) =>
        new(new OperationId("op"), "Operation", PoliceForce.Metropolitan, new Interval(arrest.ArrestedAt, null), arrests: [arrest]);

    // The document with the value of its first "identifiers" replaced by plant.
    private static byte[] Splice(byte[] json, byte[] plant)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("identifiers"u8))
            {
                reader.Read();
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                int end = (int)reader.BytesConsumed;
                return [.. json.AsSpan(0, start), .. plant, .. json.AsSpan(end)];
            }
        }
        throw new InvalidOperationException("no identifiers in the seed");
    }

    // Records that hold identifiers, and the model's own refusals of bad ones.
    private static void Model(HardeningTally tally)
    {
        string[] secrets = ["Quentin Zqxw", "1987-07-23", "Zqxw Terrace", "ZQ9 9XW", "ZQXW/123"];
        var identifiers = new PersonalIdentifiers("Quentin Zqxw", new LocalDate(1987, 7, 23), new PostalAddress(["1 Zqxw Terrace"], "ZQ9 9XW"), "ZQXW/123");
        Arrest arrest = Examples.Arrest(person: Examples.Person(age: 51, identifiers: identifiers));
        Operation operation = Examples.Operation(arrests: [arrest]);
        PolicingDocument document = PolicingDocument.Create([operation]);
        tally.Run("validation, rules, renderings and views of an operation holding identifiers", () =>
        [
            OperationValidator.Validate(operation).ToString(), DocumentValidator.Validate(document).ToString(),
            string.Join("\n", ArrestRules.Check(arrest)), string.Join("\n", AgeRules.Check(arrest)),
            PressReleaseRenderer.Render(operation), PressReleaseRenderer.RenderDocument(document),
            OperationSummary.Of(operation).ToString(), PublicOperationView.Of(operation).ToString(),
            Encoding.UTF8.GetString(PolicingJson.WritePublicView(PublicOperationView.Of(operation))),
            identifiers.ToString(), arrest.ToString(), operation.ToString(), document.ToString(), identifiers.HomeAddress!.ToString(),
        ], secrets);

        // A serialiser with its defaults (reflection), as a structured logger uses.
        var defaults = new JsonSerializerOptions();
        tally.Run("System.Text.Json defaults on PersonalIdentifiers", () => [JsonSerializer.Serialize(identifiers, defaults)], secrets);
        tally.Run("System.Text.Json defaults on PostalAddress", () => [JsonSerializer.Serialize(identifiers.HomeAddress, defaults)], secrets);
        tally.Run("System.Text.Json defaults on ArrestedPerson", () => [SerializeOrRefuse(arrest.Person, defaults)], secrets);
        tally.Run("System.Text.Json web defaults on PersonalIdentifiers", () => [JsonSerializer.Serialize(identifiers, new JsonSerializerOptions(JsonSerializerDefaults.Web))], secrets);

        // What the debugger and property-walking tools are told.
        foreach (Type type in new[] { typeof(PersonalIdentifiers), typeof(PostalAddress) })
        {
            tally.Run($"debugger and serialiser attributes of {type.Name}", () =>
            {
                var texts = new List<string>();
                string display = type.GetCustomAttribute<DebuggerDisplayAttribute>()?.Value ?? "{members}";
                texts.Add(display.Contains('{', StringComparison.Ordinal) ? "Zqxw: the debugger display shows members" : display);
                foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
                {
                    if (property.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State != DebuggerBrowsableState.Never
                        || property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                    {
                        texts.Add($"Zqxw: {type.Name}.{property.Name} is shown to the debugger or to serialisers");
                    }
                }
                return texts;
            }, Marker);
        }

        // The constructors' refusals of bad identifiers never quote them.
        Func<object>[] refused =
        [
            () => new PersonalIdentifiers(name: "Zqxw\u0001"),
            () => new PersonalIdentifiers(name: "Zqxw\uD800"),
            () => new PersonalIdentifiers(name: "Zqxw" + new string('x', 5_000)),
            () => new PersonalIdentifiers(pncId: "Zqxw\u202E"),
            () => new PersonalIdentifiers(dateOfBirth: new LocalDate(1, 1, 1)),
            () => new PersonalIdentifiers(dateOfBirth: new LocalDate(9999, 12, 31)),
            () => new PostalAddress(["Zqxw\u0007"]),
            () => new PostalAddress(["Zqxw"], "Zqxw\u2067"),
        ];
        foreach (Func<object> create in refused)
        {
            tally.Expect<ArgumentException>("a constructor's refusal of bad identifiers", () => [create().ToString()!], Marker, "0001-01-01", "9999-12-31");
        }
    }

    private static string SerializeOrRefuse(object value, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Serialize(value, options);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return e.ToString(); // refusing to serialise leaks nothing, unless its message does
        }
    }
}
