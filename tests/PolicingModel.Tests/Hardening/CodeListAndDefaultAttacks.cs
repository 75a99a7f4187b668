using System.Text;
using System.Text.Json;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Open code lists that round-trip honestly (an entry reusing a library code with other facts is refused when written
/// and when read, never replaced by the library's entry), and defaults and nulls: every public struct's default is
/// refused where it is passed with a message that says it is unset, getters of a default never throw anything but the
/// documented <see cref="InvalidOperationException"/>, and writers refuse null.
/// </summary>
internal static class CodeListAndDefaultAttacks
{
    internal static void Run(HardeningTally tally)
    {
        Offence[] impostors =
        [
            new(Offences.Possession.Code, "Something else", "Some Act s.1", OffenceGroup.Other),
            new(Offences.ConcernedInSupply.Code, Offences.ConcernedInSupply.Title, Offences.ConcernedInSupply.Legislation, OffenceGroup.Other, takesDrugClass: true),
            new(Offences.Possession.Code, Offences.Possession.Title, Offences.Possession.Legislation, Offences.Possession.Group, Offences.Possession.TakesDrugClass, [MaximumSentence.YearsImprisonment(99)]),
        ];
        foreach (Offence impostor in impostors)
        {
            Arrest arrest = new(new ArrestId("a1"), Examples.Dawn, Examples.Person(), [new SuspectedOffence(impostor)], PoliceForce.Metropolitan, new RemainsInCustody());
            tally.Run($"writing an offence that reuses '{impostor.Code}' with other facts", () =>
            {
                try
                {
                    byte[] written = PolicingJson.Write(arrest);
                    if (!PolicingJson.Read<Arrest>(written).Equals(arrest))
                    {
                        tally.Wrong("impostor offence", "written and read back as another offence");
                    }
                }
                catch (JsonException)
                {
                    // documented: refused when written
                }
                return [];
            });
        }
        Substance impostorSubstance = new(Substances.Cocaine.Code, "Not cocaine", [new DrugClassification(null, DrugClass.C)]);
        tally.Run("writing a substance that reuses a library code with other facts", () =>
        {
            var seizure = new Seizure(new SeizureId("s1"), new DrugsSeized(impostorSubstance));
            try
            {
                if (!PolicingJson.Read<Seizure>(PolicingJson.Write(seizure)).Equals(seizure))
                {
                    tally.Wrong("impostor substance", "written and read back as another substance");
                }
            }
            catch (JsonException)
            {
                // documented
            }
            return [];
        });
        // A user-defined substance written inline, then given a library code: read back refused, never as cocaine.
        Substance own = new("not-cocaine", "Not cocaine", [new DrugClassification(null, DrugClass.C)]);
        string seizureJson = PolicingJson.WriteToString(new Seizure(new SeizureId("s1"), new DrugsSeized(own)));
        string inline = seizureJson.Replace("\"not-cocaine\"", "\"cocaine\"", StringComparison.Ordinal);
        KindAttacks.Refused(tally, "reading a substance that reuses a library code with other facts", Encoding.UTF8.GetBytes(inline), inline == seizureJson ? null : PolicingJsonErrorKind.InvalidValue, read => PolicingJson.Read<Seizure>(read));

        // Defaults: refused where passed, saying "unset".
        Unset(tally, "default(Quantity).Dimension", () => default(Quantity).Dimension);
        Unset(tally, "default(Quantity).Add", () => default(Quantity).Add(new Quantity(1m, QuantityUnit.Grams)));
        Unset(tally, "Quantity.Add(default)", () => new Quantity(1m, QuantityUnit.Grams).Add(default));
        Unset(tally, "default(Money).Add", () => default(Money).Add(Money.Pounds(1)));
        Unset(tally, "Money.Add(default)", () => Money.Pounds(1).Add(default));
        Unset(tally, "an offence with default(MaximumSentence)", () => new Offence("x-offence", "x", "x", OffenceGroup.Other, maximumSentences: [default]));
        Unset(tally, "an operation over default(Interval)", () => new Operation(new OperationId("op"), "Operation", PoliceForce.Metropolitan, default));
        Unset(tally, "an arrest with default(ArrestId)", () => new Arrest(default, Examples.Dawn, Examples.Person(), [Examples.ClassASupply], PoliceForce.Metropolitan, new RemainsInCustody()));
        Unset(tally, "cash of default(Money)", () => new CashSeized(default));
        Unset(tally, "a unit of QuantityUnit.None", () => new Quantity(1m, QuantityUnit.None));
        tally.Run("default(MaximumSentence) is not life imprisonment", () =>
        {
            if (default(MaximumSentence).IsLife || !default(MaximumSentence).IsUnset)
            {
                tally.Wrong("default(MaximumSentence)", "reads as a sentence");
            }
            return [default(MaximumSentence).ToString(), default(ReportedCount).ToString(), Age.Unknown.ToString(), default(EquatableArray<Arrest>).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        });

        // Writers refuse null, which the reader could not read back.
        Null(tally, "Write<Arrest>(null)", () => PolicingJson.Write<Arrest>(null!));
        Null(tally, "WriteToString<Operation>(null)", () => PolicingJson.WriteToString<Operation>(null!));
        Null(tally, "Write(writer, null)", () =>
        {
            using var writer = new Utf8JsonWriter(new MemoryStream());
            PolicingJson.Write<Seizure>(writer, null!);
            return writer;
        });
        Null(tally, "WriteToUtf8Bytes(null)", () => PolicingJson.WriteToUtf8Bytes(null!));
        Null(tally, "WriteAsync(stream, null)", () => { PolicingJson.WriteAsync(new MemoryStream(), null!).GetAwaiter().GetResult(); return 0; });
    }

    private static void Unset(HardeningTally tally, string name, Func<object> use) => tally.Run(name, () =>
    {
        try
        {
            use();
            tally.Wrong(name, "the unset value was accepted");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            if (!e.Message.Contains("unset", StringComparison.OrdinalIgnoreCase))
            {
                tally.Wrong(name, $"the message does not say the value is unset: {e.Message}");
            }
        }
        return [];
    });

    private static void Null(HardeningTally tally, string name, Func<object> write) => tally.Run(name, () =>
    {
        try
        {
            write();
            tally.Wrong(name, "null was written");
        }
        catch (ArgumentNullException)
        {
            // documented
        }
        return [];
    });
}
