using System.Text;
using System.Text.Json;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The README's table of error kinds, one input class at a time: each malformed input must be refused with
/// <see cref="PolicingJsonException"/> of the documented kind by every entry point (and only that exception).
/// </summary>
internal static class KindAttacks
{
    internal static void Run(HardeningTally tally)
    {
        string arrest = PolicingJson.WriteToString(Examples.Arrest());
        string document = PolicingJson.WriteToString(PolicingDocument.Create(arrests: [Examples.Arrest()]));
        (string Name, byte[] Json, PolicingJsonErrorKind Kind)[] rows =
        [
            ("not JSON", "{\"schemaVersion\":"u8.ToArray(), PolicingJsonErrorKind.Syntax),
            ("invalid UTF-8 inside a string", Bytes(document.Replace("\"a1\"", "\"a\u0001\"", StringComparison.Ordinal), "\u0001", [0xFF]), PolicingJsonErrorKind.Syntax),
            ("an overlong UTF-8 form", Bytes(document.Replace("\"a1\"", "\"a\u0001\"", StringComparison.Ordinal), "\u0001", [0xC0, 0xAF]), PolicingJsonErrorKind.Syntax),
            ("a UTF-8 surrogate", Bytes(document.Replace("\"a1\"", "\"a\u0001\"", StringComparison.Ordinal), "\u0001", [0xED, 0xA0, 0x80]), PolicingJsonErrorKind.Syntax),
            ("an unknown member", Utf8(document.Replace("\"arrestedAt\"", "\"arestedAt\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnknownMember),
            ("a missing member", Utf8(document.Replace("\"force\":\"metropolitan\",", "", StringComparison.Ordinal)), PolicingJsonErrorKind.MissingMember),
            ("null for a required member", Utf8(document.Replace("\"force\":\"metropolitan\"", "\"force\":null", StringComparison.Ordinal)), PolicingJsonErrorKind.NullNotAllowed),
            ("a duplicated member", Utf8(document.Replace("\"force\":\"metropolitan\"", "\"force\":\"metropolitan\",\"force\":\"kent\"", StringComparison.Ordinal)), PolicingJsonErrorKind.DuplicateMember),
            ("a duplicated schemaVersion", Utf8(document.Replace("{\"schemaVersion\":\"1.3.0\"", "{\"schemaVersion\":\"1.3.0\",\"schemaVersion\":\"9.0.0\"", StringComparison.Ordinal)), PolicingJsonErrorKind.DuplicateMember),
            ("a number for a string", Utf8(document.Replace("\"force\":\"metropolitan\"", "\"force\":7", StringComparison.Ordinal)), PolicingJsonErrorKind.WrongType),
            ("a malformed instant", Utf8(document.Replace("\"arrestedAt\":\"", "\"arrestedAt\":\"x", StringComparison.Ordinal)), PolicingJsonErrorKind.WrongType),
            ("an unknown code", Utf8(document.Replace("\"force\":\"metropolitan\"", "\"force\":\"gotham\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnknownCode),
            ("an unknown kind", Utf8(document.Replace("\"kind\":\"remains-in-custody\"", "\"kind\":\"executed\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnknownKind),
            ("a null kind", Utf8(document.Replace("\"kind\":\"remains-in-custody\"", "\"kind\":null", StringComparison.Ordinal)), PolicingJsonErrorKind.UnknownKind),
            ("a $type discriminator", Utf8(document.Replace("\"kind\":\"remains-in-custody\"", "\"$type\":\"remains-in-custody\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnknownKind),
            ("a negative amount", Utf8(document.Replace("\"min\":30", "\"min\":-3", StringComparison.Ordinal)), PolicingJsonErrorKind.InvalidValue),
            ("a lone surrogate escaped in an id", Utf8(document.Replace("\"a1\"", "\"a\\ud800\"", StringComparison.Ordinal)), PolicingJsonErrorKind.Syntax),
            ("an invisible id", Utf8(document.Replace("\"a1\"", "\"\\u200b\"", StringComparison.Ordinal)), PolicingJsonErrorKind.InvalidValue),
            ("a year 0 instant (RFC 3339 allows it; the model does not)", Utf8(document.Replace("\"arrestedAt\":\"2024", "\"arrestedAt\":\"0000", StringComparison.Ordinal)), PolicingJsonErrorKind.InvalidValue),
            ("a year 10000 instant", Utf8(document.Replace("\"arrestedAt\":\"2024", "\"arrestedAt\":\"10000", StringComparison.Ordinal)), PolicingJsonErrorKind.WrongType),
            ("a year 9999 instant", Utf8(document.Replace("\"arrestedAt\":\"2024", "\"arrestedAt\":\"9999", StringComparison.Ordinal)), PolicingJsonErrorKind.InvalidValue),
            ("an unsupported version", Utf8(document.Replace("\"1.3.0\"", "\"2.0.0\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnsupportedVersion),
            ("a malformed version", Utf8(document.Replace("\"1.3.0\"", "\"1.x\"", StringComparison.Ordinal)), PolicingJsonErrorKind.UnsupportedVersion),
        ];
        foreach ((string name, byte[] json, PolicingJsonErrorKind kind) in rows)
        {
            if (json.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(document)) && kind != PolicingJsonErrorKind.Syntax)
            {
                tally.Wrong(name, "the seed did not change: the attack tests nothing");
                continue;
            }
            Refused(tally, $"{name}: ReadDocument", json, kind, read => PolicingJson.ReadDocument(read));
            Refused(tally, $"{name}: ReadDocument lenient", json, kind is PolicingJsonErrorKind.UnknownMember or PolicingJsonErrorKind.DuplicateMember ? null : kind, read => PolicingJson.ReadDocument(read, PolicingJsonReading.Lenient));
            Refused(tally, $"{name}: ReadDocument(Stream)", json, kind, read => PolicingJson.ReadDocument(new MemoryStream(read)));
            Refused(tally, $"{name}: JsonSerializer", json, kind, read => JsonSerializer.Deserialize<PolicingDocument>(read, PolicingJson.Options)!);
        }
        _ = arrest;

        // Nesting past PolicingJson.MaxDepth, inside a member that lenient reading skips.
        byte[] deep = Utf8(document.Replace("\"force\":\"metropolitan\"", "\"force\":\"metropolitan\",\"extra\":" + new string('[', 40) + new string(']', 40), StringComparison.Ordinal));
        Refused(tally, "too deep inside a skipped member: ReadDocument lenient", deep, PolicingJsonErrorKind.TooDeep, read => PolicingJson.ReadDocument(read, PolicingJsonReading.Lenient));
        Refused(tally, "too deep inside a skipped member: JsonSerializer lenient", deep, PolicingJsonErrorKind.TooDeep, read => JsonSerializer.Deserialize<PolicingDocument>(read, PolicingJson.LenientOptions)!);
        Refused(tally, "too deep inside an unknown member: ReadDocument strict", deep, PolicingJsonErrorKind.UnknownMember, read => PolicingJson.ReadDocument(read));

        // A duplicated schemaVersion read leniently (the last one kept): every occurrence is checked, so the version kept
        // is always one that was checked.
        foreach ((string first, string second) in new[] { ("1.3.0", "9.0.0"), ("9.0.0", "1.3.0"), ("1.3.0", "1.9.9") })
        {
            byte[] twice = Utf8(document.Replace("{\"schemaVersion\":\"1.3.0\"", $"{{\"schemaVersion\":\"{first}\",\"schemaVersion\":\"{second}\"", StringComparison.Ordinal));
            tally.Run($"schemaVersion {first} then {second}, read leniently", () =>
            {
                try
                {
                    PolicingDocument read = PolicingJson.ReadDocument(twice, PolicingJsonReading.Lenient);
                    if (!read.SchemaVersion.StartsWith("1.", StringComparison.Ordinal))
                    {
                        tally.Wrong("duplicated schemaVersion", $"a document of version {read.SchemaVersion} was read");
                    }
                    return [read.SchemaVersion];
                }
                catch (PolicingJsonException e) when (e.Kind == PolicingJsonErrorKind.UnsupportedVersion)
                {
                    // Every occurrence is checked: one of another major version refuses the document.
                    if (first.StartsWith("1.", StringComparison.Ordinal) && second.StartsWith("1.", StringComparison.Ordinal))
                    {
                        tally.Wrong("duplicated schemaVersion", $"refused although both versions are readable: {e.Message}");
                    }
                    return [e.Message];
                }
            });
        }
    }

    /// <summary>Reads <paramref name="json"/>: refused with <paramref name="kind"/> (null: read or refused as anything documented).</summary>
    internal static void Refused(HardeningTally tally, string name, byte[] json, PolicingJsonErrorKind? kind, Func<byte[], object> read) => tally.Run(name, () =>
    {
        try
        {
            read(json);
            if (kind is not null)
            {
                tally.Wrong(name, "was read");
            }
            return [];
        }
        catch (PolicingJsonException e)
        {
            if (kind is { } expected && e.Kind != expected)
            {
                tally.Wrong(name, $"refused as {e.Kind}, not {expected}: {e.Message}");
            }
            return [e.Message];
        }
    });

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // The text with the first occurrence of placeholder replaced by raw bytes (invalid UTF-8 cannot be in a string).
    private static byte[] Bytes(string text, string placeholder, byte[] raw)
    {
        byte[] all = Encoding.UTF8.GetBytes(text);
        int at = all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(placeholder));
        return at < 0 ? all : [.. all.AsSpan(0, at), .. raw, .. all.AsSpan(at + 1)];
    }
}
