using System.Text;
using PolicingModel.Aggregation;
using PolicingModel.Cli;
using PolicingModel.Privacy;
using PolicingModel.Reporting;
using PolicingModel.Rules;
using PolicingModel.Serialization;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// Operations at the extremes the model accepts — amounts and quantities at their maximum many times over, counts at
/// <see cref="int.MaxValue"/>, instants and dates at both ends of <see cref="ModelCalendar"/> — through every public
/// aggregate: summaries (one and combined), renderings, public views and their JSON, validation, the rules, the
/// detention clock, breakdowns and the CLI's summarize on the written document. None may throw, and each operation
/// must come back equal through the contract.
/// </summary>
internal static class ArithmeticAttacks
{
    internal static void Run(HardeningTally tally, string scratch)
    {
        Instant[] instants = [ModelCalendar.MinInstant, ModelCalendar.MinInstant + Duration.FromHours(30), Examples.Dawn, ModelCalendar.MaxInstant - Duration.FromHours(30), ModelCalendar.MaxInstant];
        int[] copies = [1, 2, 7];
        foreach (Instant at in instants)
        {
            foreach (int n in copies)
            {
                Operation operation = Extreme(at, n);
                string name = $"extreme operation at {at} x{n}";
                Aggregates(tally, name, operation, scratch);
                tally.RoundTrip($"{name}: written and read back", () =>
                    PolicingJson.ReadDocument(PolicingJson.WriteToUtf8Bytes(PolicingDocument.Create([operation]))).Operations[0].Equals(operation));
            }
        }

        // Sums of the public value types themselves, doubled until they pass any bound.
        tally.Run("Money.Add doubled to the cap", () =>
        {
            Money money = Money.Pounds(Money.MaxAmount / 3);
            for (int i = 0; i < 200; i++)
            {
                money += money;
            }
            return [money.ToString()];
        });
        tally.Run("Quantity.Add across units doubled to the cap", () =>
        {
            Quantity kilos = new(Quantity.MaxValue / 1000m, QuantityUnit.Kilograms);
            Quantity grams = new(Quantity.MaxValue, QuantityUnit.Grams);
            Quantity sum = kilos;
            for (int i = 0; i < 100; i++)
            {
                sum = sum.Add(grams).Add(kilos);
            }
            return [sum.ToString()];
        });
        tally.Run("DrugTotal.Add doubled", () =>
        {
            var total = new DrugTotal(int.MaxValue, [new Quantity(Quantity.MaxValue, QuantityUnit.Wraps)]);
            for (int i = 0; i < 40; i++)
            {
                total = total.Add(total);
            }
            return [total.ToString()];
        });
        tally.Run("OperationSummary.Combine of one summary many times", () =>
        {
            OperationSummary summary = OperationSummary.Of(Extreme(Examples.Dawn, 3));
            OperationSummary combined = OperationSummary.Combine(Enumerable.Repeat(summary, 64));
            return [combined.ToString(), OperationSummary.Combine([combined, combined, combined]).ToString()];
        });
    }

    // Everything computed from an operation the model accepted; nothing may throw.
    private static void Aggregates(HardeningTally tally, string name, Operation operation, string scratch)
    {
        PolicingDocument document = PolicingDocument.Create([operation], operation.Arrests);
        tally.Run($"{name}: OperationSummary.Of", () => [OperationSummary.Of(operation).ToString()]);
        tally.Run($"{name}: PressReleaseRenderer", () => [PressReleaseRenderer.Render(operation), PressReleaseRenderer.RenderDocument(document)]);
        tally.Run($"{name}: PublicOperationView and its JSON", () =>
        {
            PublicOperationView view = PublicOperationView.Of(operation);
            return [view.ToString(), Encoding.UTF8.GetString(PolicingJson.WritePublicView(view))];
        });
        tally.Run($"{name}: validation", () => [OperationValidator.Validate(operation).ToString(), DocumentValidator.Validate(document).ToString()]);
        tally.Run($"{name}: rules and the detention clock", () =>
        {
            var texts = new List<string>();
            foreach (Arrest arrest in operation.Arrests)
            {
                texts.Add(string.Join("\n", ArrestRules.Check(arrest)));
                if (arrest.Custody is not null)
                {
                    DetentionClock clock = DetentionClock.For(arrest);
                    foreach (Instant now in new[] { ModelCalendar.MinInstant, arrest.ArrestedAt, ModelCalendar.MaxInstant, Instant.MinValue, Instant.MaxValue })
                    {
                        texts.Add(clock.Status(now).ToString());
                        texts.Add(clock.NextDeadline(now)?.ToString() ?? "");
                    }
                }
            }
            foreach (Warrant warrant in operation.Warrants)
            {
                texts.Add(string.Join("\n", WarrantRules.Check(warrant)));
            }
            return texts;
        });
        tally.Run($"{name}: breakdowns", () =>
        {
            ArrestBreakdown breakdown = ArrestBreakdown.Of(operation, ArrestDimension.OffenceGroup | ArrestDimension.AgeBand | ArrestDimension.HomeArea);
            return [breakdown.ToString(), breakdown.Merge(breakdown).ToString(), PublicArrestBreakdown.Of(operation.Arrests).ToString()];
        });
        tally.Run($"{name}: the CLI's summarize", () =>
        {
            string file = Path.Combine(scratch, "extreme.json");
            File.WriteAllBytes(file, PolicingJson.WriteToUtf8Bytes(document));
            var output = new StringWriter();
            var error = new StringWriter();
            int code = Verbs.Run(["summarize", file], output, error);
            return code == 0 ? [output.ToString()] : throw new InvalidOperationException($"summarize exited {code}: {error}");
        });
    }

    // An operation at `at` with n copies of everything at its maximum.
    private static Operation Extreme(Instant at, int n)
    {
        LocalDate date = EnglandAndWales.DateAt(at);
        LocalDate bailDate = date < ModelCalendar.MaxDate ? date : ModelCalendar.MaxDate;
        var arrests = new List<Arrest>();
        var seizures = new List<Seizure>();
        for (int i = 0; i < n; i++)
        {
            Instant arrival = at + Duration.FromHours(1) <= ModelCalendar.MaxInstant ? at + Duration.FromHours(1) : at;
            arrests.Add(new Arrest(
                new ArrestId($"a{i}"), at, new ArrestedPerson(Age.Exactly(30), Sex.Female, Place.InBorough(LondonBorough.Camden), identifiers: new PersonalIdentifiers(dateOfBirth: ModelCalendar.MinDate)),
                [Examples.ClassASupply], PoliceForce.Metropolitan,
                i % 2 == 0 ? new Bailed(new Bail(BailKind.PreCharge, bailDate, ModelCalendar.MaxDate)) : new Charged(chargedAt: ModelCalendar.MaxInstant),
                custody: new CustodyDetails(arrival)));
            seizures.Add(new Seizure(new SeizureId($"c{i}"), new CashSeized(Money.Pounds(Money.MaxAmount, Precision.Approximate)), seizedAt: at, fromArrest: new ArrestId($"a{i}")));
            seizures.Add(new Seizure(new SeizureId($"e{i}"), new CashSeized(new Money(Money.MaxAmount, Currency.Eur))));
            seizures.Add(new Seizure(new SeizureId($"d{i}"), new DrugsSeized(Substances.Cocaine, quantity: new Quantity(Quantity.MaxValue / 1000m, QuantityUnit.Kilograms)), seizedAt: at));
            seizures.Add(new Seizure(new SeizureId($"g{i}"), new DrugsSeized(Substances.Cocaine, quantity: new Quantity(Quantity.MaxValue, QuantityUnit.Grams))));
            seizures.Add(new Seizure(new SeizureId($"p{i}"), new PhonesSeized(ReportedCount.Exactly(int.MaxValue), ReportedCount.Exactly(int.MaxValue))));
            seizures.Add(new Seizure(new SeizureId($"w{i}"), new WeaponSeized(WeaponKind.Knife, ReportedCount.Exactly(int.MaxValue))));
        }
        ReportedTotal[] totals = [.. Enumerable.Range(0, n).Select(_ => new ReportedTotal(ReportedMeasure.Arrests, ReportedCount.Exactly(int.MaxValue)))];
        var warrant = new Warrant(new WarrantId("w1"), WarrantKind.SpecificPremisesSearch, issuedOn: ModelCalendar.MinDate, execution: new WarrantExecution(at));
        return new Operation(new OperationId("op"), "Extreme operation", PoliceForce.Metropolitan, new Interval(at, null),
            warrants: [warrant], arrests: [.. arrests], seizures: [.. seizures], reportedTotals: [.. totals]);
    }
}
