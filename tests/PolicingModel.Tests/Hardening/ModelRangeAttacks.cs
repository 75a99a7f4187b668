using System.Text;
using CsCheck;
using PolicingModel.Privacy;
using PolicingModel.Serialization;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The model accepts only what the contract carries: instants and dates outside <see cref="ModelCalendar"/>, text
/// that is invisible, malformed UTF-16, controlling the direction of what follows, or too long, and ids that could
/// look like another are refused when built; everything built is written and read back equal (generated documents
/// and edge values); look-alike ids cannot coexist, and different ids never share a pseudonym.
/// </summary>
internal static class ModelRangeAttacks
{
    private static readonly string[] BadText =
    [
        "", " ", "\u200B", "\uFEFF", "\u2060", "\0", "\u200B\u200D\uFEFF", "\t\n", "a\uD800", "\uDC00a", "a\u202Eb", "a\u2066b", "a\u0007b",
        new string('a', 4_001),
    ];

    private static readonly string[] BadIds = ["a1\u200D", "a 1", "a\u0430", "\uD800", "a1\u202E", "é", "a\u00A0", new string('a', 129), "a1\n"];

    private static readonly string[] GoodText = ["a", "Ünïcødé text", "🚓", "line one\nline two", "tab\there", "\u05D0\u05D1 right-to-left", new string('a', 4_000), "a\u200Db"];

    internal static void Run(HardeningTally tally)
    {
        Instant[] badInstants = [Instant.MinValue, Instant.FromUtc(-5, 1, 1, 0, 0), Instant.FromUtc(0, 6, 1, 0, 0), Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 1, 1, 0, 0), Instant.MaxValue];
        foreach (Instant at in badInstants)
        {
            Refused<ArgumentException>(tally, $"an arrest at {at}", () => Examples.Arrest(at: at));
            Refused<ArgumentException>(tally, $"an operation starting {at}", () => Examples.Operation(start: at));
            Refused<ArgumentException>(tally, $"a warrant executed {at}", () => new WarrantExecution(at));
        }
        LocalDate[] badDates = [new LocalDate(-9998, 1, 1), new LocalDate(0, 1, 1), new LocalDate(1, 1, 1), new LocalDate(9999, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(2024, 3, 1, CalendarSystem.Julian)];
        foreach (LocalDate date in badDates)
        {
            Refused<ArgumentException>(tally, $"bail granted on {date}", () => new Bail(BailKind.PreCharge, date));
            Refused<ArgumentException>(tally, $"a date of birth {date}", () => new PersonalIdentifiers(dateOfBirth: date));
        }

        // The ends of the calendar themselves are written and read back.
        foreach (Instant at in new[] { ModelCalendar.MinInstant, ModelCalendar.MaxInstant })
        {
            Arrest arrest = Examples.Arrest(at: at, person: Examples.Person(identifiers: new PersonalIdentifiers(dateOfBirth: at == ModelCalendar.MinInstant ? ModelCalendar.MinDate : ModelCalendar.MaxDate)));
            tally.RoundTrip($"an arrest at {at}", () => PolicingJson.Read<Arrest>(PolicingJson.Write(arrest)).Equals(arrest));
        }

        foreach (string text in BadText)
        {
            string shown = Escape(text);
            Refused<ArgumentException>(tally, $"an operation named '{shown}'", () => new Operation(new OperationId("op"), text, PoliceForce.Metropolitan, new Interval(Examples.Dawn, null)));
            Refused<ArgumentException>(tally, $"a person named '{shown}'", () => new PersonalIdentifiers(name: text));
            Refused<ArgumentException>(tally, $"an address line '{shown}'", () => new PostalAddress([text]));
            Refused<ArgumentException>(tally, $"a bail condition '{shown}'", () => new OtherBailCondition(text));
            // The same text read from JSON is refused as InvalidValue, or as Syntax for a lone surrogate (which no
            // JSON text can carry as Unicode).
            string json = PolicingJson.WriteToString(Examples.Operation()).Replace("\"Test operation\"", JsonString(text), StringComparison.Ordinal);
            PolicingJsonErrorKind kind = text.Any(char.IsSurrogate) ? PolicingJsonErrorKind.Syntax : PolicingJsonErrorKind.InvalidValue;
            KindAttacks.Refused(tally, $"an operation named '{shown}' in JSON", Encoding.UTF8.GetBytes(json), kind, read => PolicingJson.Read<Operation>(read));
        }
        foreach (string text in GoodText)
        {
            var operation = new Operation(new OperationId("op"), text, PoliceForce.Metropolitan, new Interval(Examples.Dawn, null), purpose: text);
            tally.RoundTrip($"an operation named '{Escape(text)}'", () => PolicingJson.Read<Operation>(PolicingJson.Write(operation)).Equals(operation));
        }
        foreach (string id in BadIds)
        {
            Refused<ArgumentException>(tally, $"the id '{Escape(id)}'", () => new ArrestId(id));
            Refused<ArgumentException>(tally, $"the person id '{Escape(id)}'", () => new PersonId(id));
        }

        // Different ids never share a pseudonym (they are ASCII, so no two encode alike).
        var pseudonyms = new Pseudonymiser(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        tally.Run("ids differing in one character get different pseudonyms", () =>
        {
            string[] ids = ["a1", "a1-", "A1", "a1.", "a1/", "a1:", "a1#", "a1_", "a01"];
            string[] made = [.. ids.Select(id => pseudonyms.Pseudonymise(new PersonId(id)))];
            if (made.Distinct().Count() != made.Length)
            {
                tally.Wrong("pseudonyms", "two different ids got the same pseudonym");
            }
            return [];
        });

        // Every generated document the model accepts is written and read back equal.
        PolicingDocument[] documents = ModelGenerators.Document.Array[200].Single();
        for (int i = 0; i < documents.Length; i++)
        {
            PolicingDocument document = documents[i];
            tally.RoundTrip($"generated document {i}", () => PolicingJson.ReadDocument(PolicingJson.WriteToUtf8Bytes(document)).Equals(document));
        }
    }

    internal static string Escape(string text) => text.Length > 24 ? $"{text.Length} characters" : string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    private static string JsonString(string text) => "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";

    private static void Refused<TDocumented>(HardeningTally tally, string name, Func<object> create)
        where TDocumented : Exception => tally.Run(name, () =>
    {
        try
        {
            create();
            tally.Wrong(name, "was accepted");
        }
        catch (TDocumented)
        {
            // documented
        }
        return [];
    });
}
