using System.Text.Json;
using PolicingModel.Aggregation;
using PolicingModel.Serialization.Converters;
using PolicingModel.Serialization.Records;

namespace PolicingModel.Serialization.Streaming;

// Reads one arrest object the way ArrestConverter does (same members, same StrictObject rules, the same converters
// for every nested value, the same constructor checks of Arrest and ArrestedPerson) but builds neither the Arrest
// nor its ArrestedPerson nor the array of its offences: it returns the arrest's breakdown codes (ArrestCodes) only.
// Values the breakdown does not use (location, custody, identifiers, warrant) are still read by their converters,
// because only they know every rule those values must keep; they are dropped at once.
//
// Its errors are not the library's report: whatever it throws, the caller reads the same bytes again with the full
// reader, which either throws the exact PolicingJsonException (kind and pointer) or, were this reader ever stricter
// than the full one, returns the arrest, which is then counted from its members. So a refusal here can never change
// a result; only an acceptance the full reader would refuse could, and the differential test
// (ArrestBreakdownReadingTest) holds the two readers together on generated and mutated arrests.
internal static class ArrestCodeReader
{
    private static readonly PolicingConverters C = PolicingConverters.Strict;
    private static readonly JsonSerializerOptions Options = PolicingJson.Options;

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ArrestedAt = JsonEncodedText.Encode("arrestedAt");
    private static readonly JsonEncodedText Person = JsonEncodedText.Encode("person");
    private static readonly JsonEncodedText Offences = JsonEncodedText.Encode("offences");
    private static readonly JsonEncodedText Force = JsonEncodedText.Encode("force");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Warrant = JsonEncodedText.Encode("warrant");
    private static readonly JsonEncodedText Custody = JsonEncodedText.Encode("custody");
    private static readonly JsonEncodedText TimeKnownName = JsonEncodedText.Encode("timeKnown");

    private static readonly JsonEncodedText Age = JsonEncodedText.Encode("age");
    private static readonly JsonEncodedText Sex = JsonEncodedText.Encode("sex");
    private static readonly JsonEncodedText HomeArea = JsonEncodedText.Encode("homeArea");
    private static readonly JsonEncodedText SelfDefined = JsonEncodedText.Encode("selfDefinedEthnicity");
    private static readonly JsonEncodedText OfficerDefined = JsonEncodedText.Encode("officerDefinedEthnicity");
    private static readonly JsonEncodedText Identifiers = JsonEncodedText.Encode("identifiers");

    // The codes of the arrest object under the reader (on its StartObject); throws when anything is wrong with it.
    internal static ulong Read(ref Utf8JsonReader reader)
    {
        var obj = new StrictObject(ref reader, lenient: false, "an arrest object");
        int seen = 0;
        Instant arrestedAt = default;
        PersonCodes person = default;
        OffenceGroup group = default;
        PoliceForce force = default;
        ArrestOutcomeKind outcome = default;
        CustodyDetails? custody = null;
        TimeKnown known = TimeKnown.Exact;
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Id.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "id", StrictObject.Seen(ref seen, 1));
                CheckId(ref reader);
            }
            else if (reader.ValueTextEquals(ArrestedAt.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "arrestedAt", StrictObject.Seen(ref seen, 2));
                arrestedAt = obj.Value(ref reader, PolicingConverters.Instants, Options);
            }
            else if (reader.ValueTextEquals(Person.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "person", StrictObject.Seen(ref seen, 4));
                person = ReadPerson(ref reader);
            }
            else if (reader.ValueTextEquals(Offences.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "offences", StrictObject.Seen(ref seen, 8));
                group = ReadPrincipalGroup(ref reader);
            }
            else if (reader.ValueTextEquals(Force.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "force", StrictObject.Seen(ref seen, 16));
                force = obj.Value(ref reader, PolicingConverters.Forces, Options);
            }
            else if (reader.ValueTextEquals(Outcome.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "outcome", StrictObject.Seen(ref seen, 32));
                outcome = ArrestOutcomeKinds.Of(Preconditions.CheckNotNull(obj.Value(ref reader, C.Outcomes, Options)));
            }
            else if (reader.ValueTextEquals(Location.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "location", StrictObject.Seen(ref seen, 64));
                _ = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, C.Places, Options);
            }
            else if (reader.ValueTextEquals(Warrant.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "warrant", StrictObject.Seen(ref seen, 128));
                if (reader.TokenType != JsonTokenType.Null)
                {
                    CheckId(ref reader);
                }
            }
            else if (reader.ValueTextEquals(Custody.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "custody", StrictObject.Seen(ref seen, 256));
                custody = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, C.Custody, Options);
            }
            else if (reader.ValueTextEquals(TimeKnownName.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "timeKnown", StrictObject.Seen(ref seen, 512));
                known = obj.Value(ref reader, PolicingConverters.TimesKnown, Options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of an arrest");
            }
        }
        if ((seen & 63) != 63)
        {
            throw StrictObject.Missing("a required member of an arrest");
        }
        // The checks of Arrest's constructor that the converters above cannot make.
        ModelCalendar.Check(arrestedAt);
        TimesKnown.Check(arrestedAt, known, nameof(arrestedAt), "timeKnown");
        Preconditions.CheckDefinedNotDefault(force);
        Preconditions.CheckArgument(
            custody is null || custody.Circumstance == DetentionCircumstance.VoluntaryAttendance || custody.ArrivedAtStationAt >= arrestedAt,
            nameof(custody),
            "arrival at the police station must not be before the arrest.");
        return ArrestCodes.Of(group, person.Age, person.Sex, person.SelfDefined, person.OfficerDefined, person.HomeArea, force, outcome);
    }

    // An id as IdentifierConverter and Identifier.Check accept one (a JSON string, not blank, at most 128 UTF-16 code
    // units), checked on the stack instead of being allocated as a string. Text too long for the stack buffer is
    // refused here and so left to the full reader, which decides.
    private static void CheckId(ref Utf8JsonReader reader)
    {
        const int Room = 4 * Identifier.MaxLength;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > Room)
        {
            throw new FormatException("not an id this reader checks on the stack.");
        }
        Span<char> text = stackalloc char[Room];
        int length = reader.CopyString(text);
        if (length > Identifier.MaxLength || text[..length].IsWhiteSpace())
        {
            throw new FormatException("not a valid id.");
        }
        foreach (char c in text[..length])
        {
            if (!Identifier.IsIdCharacter(c))
            {
                throw new FormatException("not a valid id.");
            }
        }
    }

    // The members of ArrestedPerson the breakdown uses; the others are read, checked and dropped.
    private static PersonCodes ReadPerson(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw StrictObject.Missing("person");
        }
        var obj = new StrictObject(ref reader, lenient: false, "a person object");
        int seen = 0;
        PersonCodes person = new()
        {
            SelfDefined = SelfDefinedEthnicity.NotStated,
            OfficerDefined = OfficerDefinedEthnicity.Unknown,
        };
        while (obj.NextMember(ref reader))
        {
            if (reader.ValueTextEquals(Age.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "age", StrictObject.Seen(ref seen, 1));
                person.Age = obj.Value(ref reader, C.Ages, Options);
            }
            else if (reader.ValueTextEquals(Sex.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "sex", StrictObject.Seen(ref seen, 2));
                person.Sex = Preconditions.CheckDefined(obj.Value(ref reader, PolicingConverters.Sexes, Options));
            }
            else if (reader.ValueTextEquals(HomeArea.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "homeArea", StrictObject.Seen(ref seen, 4));
                person.HomeArea = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, C.Places, Options);
                Preconditions.CheckArgument(person.HomeArea is null || person.HomeArea.Precision != PlacePrecision.Address, "homeArea", "homeArea must be an area, not an address.");
            }
            else if (reader.ValueTextEquals(SelfDefined.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "selfDefinedEthnicity", StrictObject.Seen(ref seen, 8));
                person.SelfDefined = Preconditions.CheckDefined(obj.Value(ref reader, PolicingConverters.SelfDefined, Options));
            }
            else if (reader.ValueTextEquals(OfficerDefined.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "officerDefinedEthnicity", StrictObject.Seen(ref seen, 16));
                person.OfficerDefined = Preconditions.CheckDefined(obj.Value(ref reader, PolicingConverters.OfficerDefined, Options));
            }
            else if (reader.ValueTextEquals(Id.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "id", StrictObject.Seen(ref seen, 32));
                if (reader.TokenType != JsonTokenType.Null)
                {
                    CheckId(ref reader);
                }
            }
            else if (reader.ValueTextEquals(Identifiers.EncodedUtf8Bytes))
            {
                obj.Begin(ref reader, "identifiers", StrictObject.Seen(ref seen, 64));
                _ = reader.TokenType == JsonTokenType.Null ? null : obj.Value(ref reader, C.Identifiers, Options);
            }
            else
            {
                obj.Unknown(ref reader, "a member of a person");
            }
        }
        if ((seen & 3) != 3)
        {
            throw StrictObject.Missing((seen & 1) == 0 ? "age" : "sex");
        }
        return person;
    }

    // The offence group of the first suspected offence; every element is read and checked by the contract's converter,
    // as RecordArrays.Read does, without keeping them.
    private static OffenceGroup ReadPrincipalGroup(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray || reader.CurrentDepth >= PolicingJson.MaxDepth)
        {
            throw ReadError.WrongType(reader.TokenType, "an array");
        }
        OffenceGroup group = default;
        int count = 0;
        while (true)
        {
            StrictObject.Advance(ref reader, "");
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw ReadError.WrongType(reader.TokenType, "a suspected offence");
            }
            SuspectedOffence offence = C.SuspectedOffences.Read(ref reader, typeof(SuspectedOffence), Options);
            if (count == 0)
            {
                group = offence.Group;
            }
            count++;
        }
        return count > 0 ? group : throw ReadError.WrongType(JsonTokenType.EndArray, "at least one suspected offence");
    }

    private struct PersonCodes
    {
        internal Age Age;
        internal Sex Sex;
        internal Place? HomeArea;
        internal SelfDefinedEthnicity SelfDefined;
        internal OfficerDefinedEthnicity OfficerDefined;
    }
}
