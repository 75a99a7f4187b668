using CsCheck;
using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Generators;

/// <summary>
/// CsCheck generators for valid record graphs, built only through the public API. Every polymorphic kind, every
/// optional member (present and absent) and awkward text (quotes, backslashes, non-ASCII, tabs and line breaks; other control characters are not text the model accepts) occur.
/// </summary>
internal static class ModelGenerators
{
    private static Gen<T> Pick<T>(IEnumerable<T> values) => Gen.OneOf(values.Select(Gen.Const).ToArray());

    private static Gen<T> Defined<T>()
        where T : struct, Enum => Pick(Enum.GetValues<T>().Where(v => !EqualityComparer<T>.Default.Equals(v, default) || !RejectsZero<T>()));

    // Enums whose zero member means "unset" (records reject it).
    private static bool RejectsZero<T>()
        where T : struct, Enum => !Enum.IsDefined(default(T)) || typeof(T) == typeof(QuantityUnit) || typeof(T) == typeof(IsoDayOfWeek);

    private static Gen<EquatableArray<T>> ArrayOf<T>(Gen<T> gen, int min, int max) => gen.Array[min, max].Select(a => EquatableArray.Create<T>(a));

    private static Gen<EquatableArray<T>> DistinctOf<T>(Gen<T> gen, int max) => gen.Array[0, max].Select(a => a.Distinct().ToEquatableArray());

    internal static readonly Gen<string> Id = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-_/"], 1, 16];

    // Lone surrogates are not text, so the emoji is added whole rather than as a character choice.
    internal static readonly Gen<string> Text = Gen.Select(Gen.String[Gen.Char["abcXYZ 09'\"\\/£é–ø\n\t<>&"], 1, 24], Gen.Bool, (s, police) => police ? s + "🚓" : s)
        .Where(s => !string.IsNullOrWhiteSpace(s));

    internal static readonly Gen<Instant> Instant = Gen.Select(Gen.Long[-2_208_988_800L, 4_102_444_799L], Gen.OneOf(Gen.Const(0), Gen.Int[0, 999_999_999], Gen.Int[0, 999].Select(ms => ms * 1_000_000)),
        (seconds, nanos) => NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos));

    internal static readonly Gen<LocalDate> Date = Gen.Int[-25_000, 45_000].Select(days => new LocalDate(1970, 1, 1).PlusDays(days));

    internal static readonly Gen<LocalTime> Time = Gen.OneOf(Gen.Int[0, 1439].Select(m => LocalTime.Midnight.PlusMinutes(m)), Gen.Long[0, 86_399_999_999_999L].Select(n => LocalTime.Midnight.PlusNanoseconds(n)));

    internal static readonly Gen<Precision> Precision = Defined<Precision>();

    // The source's words, sometimes kept (including characters that need escaping in JSON).
    internal static readonly Gen<string?> Wording = Gen.Int[0, 5].Select(i => i switch
    {
        1 => "around",
        2 => "a number of",
        3 => "several thousand pounds",
        4 => "\"lots\" – of",
        _ => (string?)null,
    });

    // A valid figure of any precision: ranges get an upper end above the value, unquantified figures the value 0.
    private static (decimal Value, decimal? Upper) Shape(decimal value, Precision precision, decimal width) =>
        precision switch
        {
            PolicingModel.Precision.Range => (value, value + width),
            PolicingModel.Precision.Unquantified => (0m, null),
            _ => (value, null),
        };

    private static ReportedCount CountOf(int value, Precision precision, int width, string? wording)
    {
        (decimal v, decimal? upper) = Shape(value, precision, width);
        return new ReportedCount((int)v, precision, upper is { } u ? (int)u : null, wording);
    }

    internal static readonly Gen<ReportedCount> Count = Gen.Select(Gen.Int[0, 100_000], Precision, Gen.Int[1, 1000], Wording, CountOf);

    internal static readonly Gen<ReportedCount> PositiveCount = Gen.Select(Gen.Int[1, 100_000], Precision, Gen.Int[1, 1000], Wording, CountOf);

    internal static readonly Gen<decimal> Amount = Gen.OneOf(Gen.Decimal[0m, 1_000_000_000m], Gen.Int[0, 1_000_000].Select(i => (decimal)i), Gen.Int[0, 10_000_000].Select(i => i / 100m));

    internal static readonly Gen<Money> Money = Gen.Select(Amount, Gen.OneOf(Gen.Const(Currency.Gbp), Gen.Const(Currency.Eur), Gen.Const(Currency.Usd)), Precision, Amount, Wording, (a, c, p, w, words) =>
    {
        (decimal v, decimal? upper) = Shape(a, p, w + 1m);
        return new Money(v, c, p, upper, words);
    });

    internal static readonly Gen<Quantity> Quantity = Gen.Select(Amount, Defined<QuantityUnit>(), Precision, Amount, Wording, (a, u, p, w, words) =>
    {
        (decimal v, decimal? upper) = Shape(a, p, w + 1m);
        return new Quantity(v, u, p, upper, words);
    });

    internal static readonly Gen<Age> Age = Gen.Select(Gen.Int[0, 120], Gen.Int[0, 120], (a, b) => PolicingModel.Age.Between(Math.Min(a, b), Math.Max(a, b)));

    internal static readonly Gen<PostalAddress> Address = Gen.Select(ArrayOf(Text, 1, 3), Text.Null(), (lines, postcode) => new PostalAddress(lines, postcode));

    /// <summary>An area: never an address.</summary>
    internal static readonly Gen<Place> Area = Gen.OneOf(
        Defined<LondonBorough>().Select(PolicingModel.Place.InBorough),
        Gen.Select(Text, Defined<LondonBorough>(), PolicingModel.Place.InLondon),
        Gen.Select(Text, Defined<PoliceForce>(), PolicingModel.Place.InLocality),
        Defined<PoliceForce>().Select(PolicingModel.Place.InForceArea));

    internal static readonly Gen<Place> Place = Gen.OneOf(
        Area,
        Gen.Select(Address, Defined<PoliceForce>(), Text.Null(), (a, f, l) => PolicingModel.Place.AtAddress(a, f, l)),
        Gen.Select(Address, Defined<LondonBorough>(), (a, b) => PolicingModel.Place.AtAddress(a, PolicingModel.Place.ForceFor(b), null, b)));

    internal static readonly Gen<SuspectedOffence> Offence = Pick(Offences.All).SelectMany(offence => offence.TakesDrugClass
        ? Gen.Select(Defined<InchoateForm>(), Defined<DrugClass>().Nullable(), Pick(Substances.All).Null(), (form, c, s) => new SuspectedOffence(offence, form, c, s))
        : offence.IsOffence ? Defined<InchoateForm>().Select(form => new SuspectedOffence(offence, form))
        : Gen.Const(new SuspectedOffence(offence))); // a ground that is not an offence has no inchoate form

    internal static readonly Gen<Interval> Session = Gen.Select(Instant, Gen.Long[1, 86_400L * 3], (start, seconds) => new Interval(start, start.Plus(Duration.FromSeconds(seconds))));

    internal static readonly Gen<PublicEvent> Event = Gen.Select(Id, Text, Area, Session.Array[1, 3], (id, name, place, sessions) =>
    {
        var ordered = new List<Interval>();
        Instant cursor = NodaTime.Instant.MinValue;
        foreach (Interval s in sessions.OrderBy(s => s.Start))
        {
            if (s.Start >= cursor)
            {
                ordered.Add(s);
                cursor = s.End;
            }
        }
        return new PublicEvent(new PublicEventId(id), name, place, ordered.ToEquatableArray());
    });

    internal static readonly Gen<DateInterval?> AppliesDuring = Gen.Select(Date, Gen.Int[0, 400], (d, n) => new DateInterval(d, d.PlusDays(n))).Null();

    internal static readonly Gen<BailCondition> Condition = Gen.OneOf<BailCondition>(
        Gen.Select(Event, AppliesDuring, (e, a) => (BailCondition)new NotToAttendEvent(e, a)),
        Gen.Select(Area, AppliesDuring, (p, a) => (BailCondition)new ExclusionZone(p, a)),
        Gen.Select(Time, Time, AppliesDuring, (f, u, a) => (BailCondition)new Curfew(f, f == u ? u.PlusMinutes(1) : u, a)),
        AppliesDuring.Select(a => (BailCondition)new Residence(a)),
        Gen.Select(Text, DistinctOf(Defined<IsoDayOfWeek>(), 7).Where(d => !d.IsEmpty), AppliesDuring, (s, d, a) => (BailCondition)new ReportToStation(s, d, a)),
        Gen.Select(Text, AppliesDuring, (w, a) => (BailCondition)new NoContact(w, a)),
        AppliesDuring.Select(a => (BailCondition)new Doorstep(a)),
        AppliesDuring.Select(a => (BailCondition)new SurrenderPassport(a)),
        Gen.Select(Text, AppliesDuring, (d, a) => (BailCondition)new OtherBailCondition(d, a)));

    internal static Gen<Bail> Bail(BailKind? kind = null) =>
        Gen.Select(kind is { } k ? Gen.Const(k) : Defined<BailKind>(), Date, Gen.Int[0, 120].Nullable(), ArrayOf(Condition, 0, 3), Gen.Select(Gen.Int[0, 10], Defined<BailAuthority>(), Gen.Int[1, 90]).Array[0, 3],
            (k, granted, answerIn, conditions, steps) =>
            {
                var extensions = new List<BailExtension>();
                LocalDate previous = granted;
                if (k == BailKind.PreCharge)
                {
                    foreach ((int after, BailAuthority authority, int length) in steps)
                    {
                        LocalDate authorised = previous.PlusDays(after);
                        LocalDate to = authorised.PlusDays(length);
                        extensions.Add(new BailExtension(authorised, authority, to));
                        previous = to;
                    }
                }
                return new PolicingModel.Bail(k, granted, answerIn is { } n ? granted.PlusDays(n) : null, conditions, extensions.ToEquatableArray());
            });

    internal static readonly Gen<ArrestOutcome> Outcome = Gen.OneOf<ArrestOutcome>(
        Gen.Const<ArrestOutcome>(new RemainsInCustody()),
        Gen.Select(ArrayOf(Offence, 0, 2), Instant.Nullable(), Gen.Int[0, 2], Bail(BailKind.PostChargePolice), Bail(BailKind.Court),
            (charges, at, mode, police, court) => (ArrestOutcome)new Charged(charges, at, mode == 0, mode == 1 ? police : mode == 2 ? court : null)),
        Bail(BailKind.PreCharge).Select(b => (ArrestOutcome)new Bailed(b)),
        Instant.Nullable().Select(at => (ArrestOutcome)new ReleasedUnderInvestigation(at)),
        Gen.Bool.Select(c => (ArrestOutcome)new Cautioned(c)),
        Gen.Const<ArrestOutcome>(new CommunityResolution()),
        Gen.Const<ArrestOutcome>(new NoFurtherAction()),
        Gen.Const<ArrestOutcome>(new RecalledToPrison()),
        Gen.Const<ArrestOutcome>(new PutBeforeCourt()),
        Gen.Const<ArrestOutcome>(new OutcomeNotReported()));

    internal static readonly Gen<PersonalIdentifiers> Identifiers = Gen.Select(Text.Null(), Date.Nullable(), Address.Null(), Id.Null())
        .Select((name, dob, address, pnc) => new PersonalIdentifiers(name, dob, address, pnc ?? (name is null && dob is null && address is null ? "pnc-1" : null)));

    internal static readonly Gen<ArrestedPerson> Person = Gen.Select(Age, Defined<Sex>(), Area.Null(), Defined<SelfDefinedEthnicity>(), Defined<OfficerDefinedEthnicity>(), Id.Null(), Identifiers.Null(),
        (age, sex, home, self, officer, id, identifiers) => new ArrestedPerson(age, sex, home, self, officer, id is null ? null : new PersonId(id), identifiers));

    internal static readonly Gen<CustodyDetails> Custody = Gen.Select(Gen.Long[0, 86_400L * 2], Text.Null(), Gen.Bool, Gen.Long[0, 86_400L],
        (after, station, outside, entered) => new CustodyDetails(
            NodaTime.Instant.FromUnixTimeSeconds(after), station,
            outside ? DetentionCircumstance.ArrestedOutsideEnglandAndWales : DetentionCircumstance.Standard,
            outside ? NodaTime.Instant.FromUnixTimeSeconds(entered) : null));

    internal static readonly Gen<Arrest> Arrest = Gen.Select(
            Gen.Select(Id, Instant, Person, ArrayOf(Offence, 1, 3), Defined<PoliceForce>()),
            Gen.Select(Outcome, Place.Null(), Id.Null(), Custody.Null(), Gen.Int[0, 9]),
            (head, tail) =>
            {
                (string id, Instant exact, ArrestedPerson person, EquatableArray<SuspectedOffence> offences, PoliceForce force) = head;
                (ArrestOutcome outcome, Place? location, string? warrant, CustodyDetails? custody, int vagueness) = tail;
                // Mostly exact times; some known only as a date or a part of day (recorded at the start of what is known).
                TimeKnown known = vagueness < 7 ? TimeKnown.Exact : (TimeKnown)(vagueness - 6);
                Instant at = known == TimeKnown.Exact ? exact : TimesKnown.Start(EnglandAndWales.DateAt(exact), known);
                return new PolicingModel.Arrest(
                    new ArrestId(id), at, person, offences, force, outcome, location,
                    warrant is null ? null : new WarrantId(warrant),
                    custody is null ? null : new CustodyDetails(at.Plus(Duration.FromSeconds(custody.ArrivedAtStationAt.ToUnixTimeSeconds())), custody.Station, custody.Circumstance, custody.EnteredEnglandAndWalesAt is null ? null : at),
                    known);
            });

    internal static readonly Gen<SeizedItem> Item = Gen.OneOf<SeizedItem>(
        Money.Select(m => (SeizedItem)new CashSeized(m)),
        Gen.Select(Pick(Substances.All).Null(), Defined<DrugClass>().Nullable(), Quantity.Nullable()).Select((s, c, q) => (SeizedItem)new DrugsSeized(s, s is null ? c ?? DrugClass.A : c, q)),
        Gen.Select(Defined<WeaponKind>(), PositiveCount.Nullable(), (k, c) => (SeizedItem)new WeaponSeized(k, c)),
        Gen.Select(Count, PositiveCount.Nullable(), (p, s) => (SeizedItem)new PhonesSeized(p.Value == 0 && s is null ? new ReportedCount(1) : p, s)),
        Gen.Select(Defined<VehicleKind>(), PositiveCount.Nullable(), (k, c) => (SeizedItem)new VehicleSeized(k, c)),
        Gen.Select(Text, PositiveCount.Nullable(), (d, c) => (SeizedItem)new OtherPropertySeized(d, c)));

    internal static readonly Gen<Seizure> Seizure = Gen.Select(Id, Item, Place.Null(), Instant.Nullable(), Id.Null(), Id.Null(),
        (id, item, place, at, arrest, warrant) => new PolicingModel.Seizure(new SeizureId(id), item, place, at, arrest is null ? null : new ArrestId(arrest), warrant is null ? null : new WarrantId(warrant)));

    internal static readonly Gen<Warrant> Warrant = Gen.Select(Id, Defined<WarrantKind>(), Place, Defined<PremisesKind>(), Defined<WarrantLegislation>(), Date.Nullable(), Gen.Select(Instant, Defined<WarrantResult>(), Defined<TimeKnown>(), (at, r, known) => known == TimeKnown.Exact ? new WarrantExecution(at, r) : WarrantExecution.On(EnglandAndWales.DateAt(at), known, r)).Null())
        .Select((id, kind, premises, premisesKind, legislation, issued, execution) => new PolicingModel.Warrant(
            new WarrantId(id), kind, premises, premisesKind, legislation,
            issued is { } d && execution is not null && EnglandAndWales.DateAt(execution.At) < d ? EnglandAndWales.DateAt(execution.At) : issued,
            execution));

    internal static readonly Gen<SafeguardingAction> Safeguarding = Gen.Select(Id, Defined<SafeguardingKind>(), DistinctOf(Defined<PartnerAgency>(), 3), Instant.Nullable(), Count.Nullable(), Age.Nullable(), Id.Null())
        .Select((id, kind, partners, at, people, age, arrest) => new SafeguardingAction(new SafeguardingActionId(id), kind, partners, at, people, age, arrest is null ? null : new ArrestId(arrest)));

    internal static readonly Gen<SourceReference> Source = Gen.Select(Defined<SourceKind>(), Text, Text, Date.Nullable(), Id.Null(),
        (kind, publisher, title, published, path) => new SourceReference(kind, publisher, title, published, path is null ? null : new Uri("https://example.org/" + Uri.EscapeDataString(path))));

    internal static readonly Gen<ReportedTotal> Total = Gen.Select(
            Gen.Select(Defined<ReportedMeasure>(), Count.Nullable(), ArrayOf(Offence, 0, 2), Gen.Bool, ArrayOf(Condition, 0, 2), ArrayOf(Area, 0, 2), Source.Null()),
            Gen.Select(DistinctOf(Defined<OffenceGroup>(), 2), Gen.Bool, Gen.Bool, Age.Nullable(), Defined<Sex>().Nullable()),
            (head, groups) => new ReportedTotal(
                head.Item1, head.Item2, head.Item3, head.Item4 && !head.Item3.IsEmpty ? head.Item3[0] : null,
                head.Item1 == ReportedMeasure.BailedWithConditions ? head.Item5 : default, head.Item6, head.Item7,
                groups.Item1, groups.Item2 && !groups.Item1.IsEmpty ? groups.Item1[^1] : null, groups.Item3, groups.Item4, groups.Item5,
                head.Item4 ? "directly connected with the event" : null));

    internal static readonly Gen<PolicingUnit> Unit = Gen.Select(Defined<PoliceForce>(), Text, Defined<BasicCommandUnit>().Nullable(), Gen.Bool,
        (force, name, bcu, article) => new PolicingUnit(force, name, force == PoliceForce.Metropolitan ? bcu : null, article));

    internal static readonly Gen<Operation> Operation = Gen.Select(
            Gen.Select(Id, Text, Defined<PoliceForce>(), Instant, Gen.Long[0, 86_400L * 30].Nullable(), Unit.Null(), Text.Null(), Text.Null()),
            Gen.Select(DistinctOf(Defined<OperationFocus>(), 3), ArrayOf(Unit, 0, 2), DistinctOf(Defined<PoliceForce>(), 3), Event.Null(), Gen.Select(Gen.Int[1990, 2030], Gen.Int[1, 12], (y, m) => new YearMonth(y, m)).Nullable()),
            Gen.Select(ArrayOf(Warrant, 0, 2), ArrayOf(Arrest, 0, 3), ArrayOf(Seizure, 0, 3), ArrayOf(Safeguarding, 0, 2), ArrayOf(Total, 0, 2), ArrayOf(Source, 0, 2)),
            (head, middle, lists) => new PolicingModel.Operation(
                new OperationId(head.Item1), head.Item2, head.Item3,
                new Interval(head.Item4, head.Item5 is { } seconds ? head.Item4.Plus(Duration.FromSeconds(seconds)) : null),
                head.Item6, head.Item7, head.Item8,
                middle.Item1, middle.Item2, middle.Item3.Where((f, i) => f != head.Item3 && i % 2 == 0).ToEquatableArray(), middle.Item4, middle.Item5,
                lists.Item1, lists.Item2, lists.Item3, lists.Item4, lists.Item5, lists.Item6,
                // The other forces drawn run it jointly instead of supporting it.
                middle.Item3.Where((f, i) => f != head.Item3 && i % 2 == 1).ToEquatableArray(),
                lists.Item6.IsEmpty ? default : [new PremisesClosure(ClosureKind.ClosureOrder, PolicingModel.Place.InBorough(LondonBorough.Lambeth), PremisesKind.Residential, new LocalDate(2024, 5, 1))]));

    internal static readonly Gen<PolicingDocument> Document = Gen.Select(ArrayOf(Operation, 0, 2), ArrayOf(Arrest, 0, 2), (o, a) => PolicingDocument.Create(o, a));
}
