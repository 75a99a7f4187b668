using System.Globalization;
using System.Text;
using NodaTime.Text;
using PolicingModel.Queries;
using PolicingModel.Reference;

namespace PolicingModel.Reporting;

/// <summary>
/// Renders an operation in the shape police press offices use: a lead sentence, "The operation resulted in:" with
/// one bullet per kind of result, safeguarding, "Breakdown of arrests:" with one line per person, and what happened
/// to those arrested. Figures keep their hedges ("around £20,000"); people are described only by age, sex, home area
/// and suspected offences, never from <see cref="PersonalIdentifiers"/>.
/// </summary>
/// <remarks>
/// Output is culture-invariant (the same text under any <see cref="CultureInfo.CurrentCulture"/>), uses "\n" line
/// ends on every platform, and bullets start with an en dash ("– "): each bullet but the last ends with ";", the last
/// with ".". Small numbers are words ("Seven arrests"), larger ones digits ("55 arrests").
/// </remarks>
public static class PressReleaseRenderer
{
    private const string Bullet = "– ";
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayMonthPattern = LocalDatePattern.Create("MMMM", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The whole rendering of <paramref name="operation"/>.</summary>
    /// <param name="operation">The operation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <remarks>Immediate.</remarks>
    /// <example>
    /// <code>
    /// string text = PressReleaseRenderer.Render(operation);
    /// // "On Thursday 29 October 2020, officers from the Violent Crime Taskforce executed seven warrants at 05:00, ..."
    /// // "– An 18-year-old man from Lambeth was arrested on suspicion of being concerned in the supply of Class A drugs ..."
    /// </code>
    /// </example>
    public static string Render(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        OperationSummary summary = OperationSummary.Of(operation);
        IReadOnlyList<string> results = Results(operation, summary);
        string? zeros = Zeros(operation, summary);
        string? safeguarding = Safeguarding(operation, summary);
        string? outcomes = Outcomes(summary.ArrestsByOutcome, summary.Arrests);
        bool hasResults = results.Count > 0 || zeros is not null || safeguarding is not null || outcomes is not null || !operation.Arrests.IsEmpty;
        var paragraphs = new List<string> { operation.Name };
        if (Lead(operation, summary, hasResults) is { } lead)
        {
            paragraphs.Add(lead);
        }
        if (results.Count > 0)
        {
            paragraphs.Add("The operation resulted in:\n" + Bullets(results));
        }
        paragraphs.AddRange(new[] { zeros, safeguarding }.OfType<string>());
        if (!operation.Arrests.IsEmpty)
        {
            paragraphs.Add("Breakdown of arrests:\n" + Bullets([.. operation.Arrests.Select(DescribeArrest)]));
        }
        if (outcomes is not null)
        {
            paragraphs.Add(outcomes);
        }
        return string.Join("\n\n", paragraphs) + "\n";
    }

    /// <summary>
    /// The rendering of a whole document: each operation as <see cref="Render(Operation)"/> does, separated by a blank
    /// line, then any arrests recorded outside an operation, one line per person, and what happened to them.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>Immediate.</remarks>
    public static string RenderDocument(PolicingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = new List<string>(document.Operations.Select(Render));
        if (!document.Arrests.IsEmpty)
        {
            EquatableArray<Tally<ArrestOutcomeKind>> outcomes = [.. document.Arrests
                .GroupBy(a => ArrestOutcomeKinds.Of(a.Outcome))
                .OrderBy(g => g.Key)
                .Select(g => new Tally<ArrestOutcomeKind>(g.Key, ReportedCount.Exactly(g.Count())))];
            parts.Add("Arrests recorded outside an operation:\n" + Bullets([.. document.Arrests.Select(DescribeArrest)]) + "\n\n"
                + Outcomes(outcomes, ReportedCount.Exactly(document.Arrests.Length)) + "\n");
        }
        return string.Join("\n", parts);
    }

    /// <summary>
    /// One person's line, without closing punctuation: "A 26-year-old man from Lambeth was arrested on suspicion of
    /// being concerned in the supply of Class A drugs and modern slavery". Ages known only as a band read "A juvenile",
    /// "An adult" or "A person of unknown age". A ground of arrest that is not an offence is not said to be suspected:
    /// "was arrested for breaching bail conditions", "was arrested on a warrant", "was arrested on suspicion of burglary
    /// and on a warrant".
    /// </summary>
    /// <param name="arrest">The arrest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    public static string DescribeArrest(Arrest arrest)
    {
        ArgumentNullException.ThrowIfNull(arrest);
        ArrestedPerson person = arrest.Person;
        string from = person.HomeArea is { } home && PlaceNames.Area(home) is { } area ? " from " + area : "";
        return Person(person.Age, person.Sex) + from + " was arrested " + OffencePhrases.Grounds(arrest.Offences);
    }

    // "A 26-year-old man", "An 18-year-old woman", "A 16-year-old boy", "A juvenile", "An adult man", "A person of unknown age".
    internal static string Person(Age age, Sex sex)
    {
        string Noun(bool child) => sex switch
        {
            Sex.Male => child ? "boy" : "man",
            Sex.Female => child ? "girl" : "woman",
            _ => child ? "child" : "person",
        };
        string text;
        if (age.Years is { } years)
        {
            text = string.Create(CultureInfo.InvariantCulture, $"{years}-year-old {Noun(years < 18)}");
        }
        else if (age == Age.Juvenile)
        {
            text = sex switch { Sex.Male => "male juvenile", Sex.Female => "female juvenile", _ => "juvenile" };
        }
        else if (age == Age.Adult)
        {
            text = sex switch { Sex.Male => "adult man", Sex.Female => "adult woman", _ => "adult" };
        }
        else if (age.IsUnknown)
        {
            text = Noun(false) + " of unknown age";
        }
        else
        {
            bool child = age.MaxYearsInclusive < 18;
            text = age.MaxYearsInclusive == Age.MaxYears
                ? string.Create(CultureInfo.InvariantCulture, $"{Noun(child)} aged {age.MinYears} or over")
                : string.Create(CultureInfo.InvariantCulture, $"{Noun(child)} aged {age.MinYears} to {age.MaxYearsInclusive}");
        }
        return English.Capitalise(English.WithArticle(text));
    }

    private static string Bullets(IReadOnlyList<string> items)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            string item = i == 0 ? English.Capitalise(items[i]) : items[i];
            builder.Append(Bullet).Append(item).Append(i == items.Count - 1 ? "." : ";");
            if (i < items.Count - 1)
            {
                builder.Append('\n');
            }
        }
        return builder.ToString();
    }

    private static string Date(LocalDate date) => DatePattern.Format(date);

    private static string? Lead(Operation operation, OperationSummary summary, bool hasResults)
    {
        var sentences = new List<string>();
        ReportedCount warrants = summary.WarrantsExecuted;
        if (!warrants.IsExactlyZero)
        {
            string what = English.Count(warrants) == "some" ? "warrants" : English.Count(warrants) + " " + English.Plural(warrants.IsExactlyOne ? 1 : 2, "warrant", "warrants");
            string unit = operation.LeadUnit is { } lead ? " from " + lead.DisplayName : "";
            string[] areas = [.. operation.ReportedTotals
                .Where(t => t.Measure == ReportedMeasure.WarrantsExecuted)
                .SelectMany(t => t.Areas)
                .Select(PlaceNames.Area)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(a => "in " + a)];
            string where = areas.Length == 0 ? "" : " " + English.JoinWithAnd(areas);
            sentences.Add($"{English.Capitalise(WarrantsWhen(operation))}, officers{unit} executed {what}{where}{CommonTime(operation)}{Support(operation)}.");
        }
        else if (hasResults || operation.LeadUnit is not null || Support(operation).Length > 0)
        {
            // Without warrants the lead says when the operation ran, once there is anything to say of it.
            string by = operation.LeadUnit is { } lead ? ", led by " + lead.DisplayName + "," : "";
            string ran = operation.Period.HasEnd ? "ran " + When(operation.Period) : "began on " + Date(operation.StartDate);
            sentences.Add($"The operation{by} {ran}{Support(operation)}.");
        }
        if (operation.LinkedEvent is { } linked)
        {
            LocalDate first = linked.FirstDay;
            LocalDate last = EnglandAndWales.DateAt(linked.Span.End);
            // "Ahead of" only when the operation began on an earlier day: an operation starting at midnight on the
            // event's first day, before its first session, ran with the event, not ahead of it.
            string relation = operation.StartDate < first ? "ran ahead of" : "was linked to";
            sentences.Add($"The operation {relation} {linked.Name} ({DateSpan(first, last)}).");
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    // When the warrants went in: the day of their executions when they share one, else when the operation ran (the day
    // it began when it has no end).
    private static string WarrantsWhen(Operation operation)
    {
        var days = operation.Warrants.Select(w => w.Execution).OfType<WarrantExecution>().Select(e => (Date: EnglandAndWales.DateAt(e.At), e.Known)).Distinct().ToList();
        if (days.Select(d => d.Date).Distinct().Count() == 1 && days.Select(d => d.Known).Distinct().Count() == 1)
        {
            // A part of day is said as the source gave it; no hour is ever made up for it.
            string date = Date(days[0].Date);
            return days[0].Known switch
            {
                TimeKnown.EarlyHours => "in the early hours of " + date,
                TimeKnown.Morning => "on the morning of " + date,
                TimeKnown.Afternoon => "on the afternoon of " + date,
                TimeKnown.Evening => "on the evening of " + date,
                TimeKnown.Overnight => "overnight on " + date,
                _ => "on " + date,
            };
        }
        return days.Select(d => d.Date).Distinct().Count() == 1 ? "on " + Date(days[0].Date)
            : operation.Period.HasEnd ? When(operation.Period)
            : "on " + Date(operation.StartDate);
    }

    // When an operation ran, as a sentence says it: "on Monday 3 March 2025" for one day, "between Monday 3 and Friday
    // 7 March 2025" for several, "from Monday 3 March 2025" when the period has no end. The end of an interval is
    // exclusive, so a period ending at midnight ends the day before.
    private static string When(Interval period)
    {
        LocalDate first = EnglandAndWales.DateAt(period.Start);
        if (!period.HasEnd)
        {
            return "from " + Date(first);
        }
        LocalDate last = period.End > period.Start ? EnglandAndWales.DateAt(period.End - Duration.Epsilon) : first;
        return first == last ? "on " + Date(first) : "between " + DateSpan(first, last, " and ");
    }

    // "Monday 3 to Friday 7 March 2025", "Friday 28 February to Sunday 2 March 2025", a single date when they are equal.
    private static string DateSpan(LocalDate first, LocalDate last, string to = " to ")
    {
        if (first == last)
        {
            return Date(first);
        }
        if (first.Year != last.Year)
        {
            return Date(first) + to + Date(last);
        }
        string start = first.Month == last.Month
            ? $"{first.DayOfWeek} {first.Day.ToString(CultureInfo.InvariantCulture)}"
            : $"{first.DayOfWeek} {first.Day.ToString(CultureInfo.InvariantCulture)} {DayMonthPattern.Format(first)}";
        return start + to + Date(last);
    }

    // " at 05:00" when every executed warrant went in at the same London time; empty otherwise.
    private static string CommonTime(Operation operation)
    {
        LocalTime? common = null;
        foreach (Warrant warrant in operation.Warrants)
        {
            if (warrant.Execution is not { } execution)
            {
                continue;
            }
            if (execution.Known != TimeKnown.Exact)
            {
                return "";
            }
            LocalTime time = EnglandAndWales.LocalAt(execution.At).TimeOfDay;
            if (common is { } seen && seen != time)
            {
                return "";
            }
            common = time;
        }
        return common is { } at ? " at " + TimePattern.Format(at) : "";
    }

    // ", in a joint operation with Essex Police, supported by the South Area BCU, the Territorial Support Group and
    // Kent Police"; empty when no one else took part. Joint leads and supporters are named by their role.
    private static string Support(Operation operation)
    {
        string joint = operation.JointLeadForces.IsEmpty ? "" : ", in a joint operation with " + English.JoinWithAnd([.. operation.JointLeadForces.Select(ForceTitle)]);
        string[] supporters =
        [
            .. operation.SupportingUnits.Select(u => u.DisplayName),
            .. operation.PartnerForces.Select(ForceTitle),
        ];
        return joint + (supporters.Length == 0 ? "" : ", supported by " + English.JoinWithAnd(supporters));
    }

    // A force as a press release names it: "Kent Police", "Cumbria Constabulary", "the Metropolitan Police",
    // "British Transport Police". The constabularies are listed because their titles cannot be derived from the area name.
    private static string ForceTitle(PoliceForce force) => force switch
    {
        PoliceForce.Metropolitan => "the Metropolitan Police",
        PoliceForce.CityOfLondon => "the City of London Police",
        PoliceForce.BritishTransportPolice or PoliceForce.CivilNuclearConstabulary or PoliceForce.MinistryOfDefencePolice => PoliceForces.Info(force).Name,
        PoliceForce.Cambridgeshire or PoliceForce.Cheshire or PoliceForce.Cumbria or PoliceForce.Derbyshire or PoliceForce.Durham
            or PoliceForce.Gloucestershire or PoliceForce.Hertfordshire or PoliceForce.Lancashire or PoliceForce.Norfolk or PoliceForce.Suffolk
            => PoliceForces.Info(force).Name + " Constabulary",
        PoliceForce.Hampshire => "Hampshire and Isle of Wight Constabulary",
        _ => PoliceForces.Info(force).Name + " Police",
    };

    private static IReadOnlyList<string> Results(Operation operation, OperationSummary summary)
    {
        var bullets = new List<string>();
        if (ArrestsBullet(operation, summary) is { } arrests)
        {
            bullets.Add(arrests);
        }
        // Parts of the arrests by age or sex, as the source gives them: "12 of those arrested were aged under 18".
        foreach (ReportedTotal part in operation.ReportedTotals.Where(t => t.Measure == ReportedMeasure.Arrests && !t.IsProspective && (t.Ages is not null || t.Sex is not null)))
        {
            ReportedCount count = ReportedCounts.Of(part);
            string who = string.Join(" ", new[] { part.Sex is { } sex ? SexWord(sex, count.IsExactlyOne) : null, part.Ages is { } ages ? AgeWords(ages) : null }.OfType<string>());
            bullets.Add($"{English.Count(count)} of those arrested {(count.IsExactlyOne ? "was" : "were")} {who}");
        }
        if (!summary.Cash.IsEmpty)
        {
            bullets.Add(English.JoinWithAnd([.. summary.Cash.Select(English.HedgedMoney)]) + " cash seized");
        }
        if (DrugsBullet(operation, summary) is { } drugs)
        {
            bullets.Add(drugs);
        }
        bullets.AddRange(WeaponBullets(operation));
        var phones = new List<string>();
        if (!summary.Phones.IsExactlyZero)
        {
            phones.Add(Counted(summary.Phones, "mobile phone", "mobile phones"));
        }
        if (!summary.SimCards.IsExactlyZero)
        {
            phones.Add(Counted(summary.SimCards, "SIM card", "SIM cards"));
        }
        if (phones.Count > 0)
        {
            bullets.Add(English.JoinWithAnd(phones) + " seized");
        }
        if (!summary.VehiclesByKind.IsEmpty)
        {
            bullets.Add(English.JoinWithAnd([.. summary.VehiclesByKind.Select(v => Counted(v.Count, VehicleNoun(v.Key, false), VehicleNoun(v.Key, true)))]) + " seized");
        }
        string[] other = [.. operation.Seizures.Select(s => s.Item).OfType<OtherPropertySeized>().Select(o => o.Description).Distinct(StringComparer.Ordinal)];
        if (other.Length > 0)
        {
            bullets.Add("other property seized, including " + English.JoinWithAnd(other));
        }
        ReportedCount bailed = summary.BailedWithConditions;
        if (!bailed.IsExactlyZero)
        {
            bullets.Add($"{English.Count(bailed)} of those arrested {(bailed.IsExactlyOne ? "was" : "were")} bailed with conditions{Ban(summary.EventsBanned)}");
        }
        foreach (var closures in operation.Closures.GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            int n = closures.Count();
            string[] areas = [.. closures.Select(c => PlaceNames.Area(c.Premises)).OfType<string>().Distinct(StringComparer.Ordinal)];
            string where = areas.Length == 0 ? "" : " in " + English.JoinWithAnd(areas);
            bullets.Add(closures.Key == ClosureKind.ClosureNotice
                ? (n == 1 ? "a closure notice" : English.Number(n) + " closure notices") + " issued on premises" + where
                : (n == 1 ? "a closure order" : English.Number(n) + " closure orders") + " obtained for premises" + where);
        }
        // What the source says may happen is said as a possibility, never as done.
        foreach (ReportedTotal possible in operation.ReportedTotals.Where(t => t.IsProspective && t.Measure is ReportedMeasure.BailedWithConditions or ReportedMeasure.Bailed))
        {
            string conditions = possible.Measure == ReportedMeasure.BailedWithConditions ? " with conditions" : "";
            PublicEvent[] events = [.. possible.Conditions.OfType<NotToAttendEvent>().Select(c => c.Event).Distinct()];
            bullets.Add($"{English.Count(ReportedCounts.Of(possible))} of those arrested may be bailed{conditions}{Ban(events)}");
        }
        return bullets;
    }

    private static string SexWord(Sex sex, bool one) => sex switch
    {
        Sex.Male => one ? "a man or boy" : "male",
        Sex.Female => one ? "a woman or girl" : "female",
        _ => "of unstated sex",
    };

    // "aged under 18", "aged 18 to 24", "aged 50 or over", "aged 16".
    private static string AgeWords(Age ages) =>
        ages.Years is { } years ? string.Create(CultureInfo.InvariantCulture, $"aged {years}")
        : ages.MinYears == 0 ? string.Create(CultureInfo.InvariantCulture, $"aged under {ages.MaxYearsInclusive + 1}")
        : ages.MaxYearsInclusive == Age.MaxYears ? string.Create(CultureInfo.InvariantCulture, $"aged {ages.MinYears} or over")
        : string.Create(CultureInfo.InvariantCulture, $"aged {ages.MinYears} to {ages.MaxYearsInclusive}");

    private static string Ban(IEnumerable<PublicEvent> events)
    {
        string[] names = [.. events.Select(e => e.Name).Distinct(StringComparer.Ordinal)];
        return names.Length == 0 ? "" : " not to attend " + English.JoinWithAnd(names);
    }

    private static string Counted(ReportedCount count, string singular, string plural)
    {
        if (count is { IsExactlyOne: true, Wording: null })
        {
            return English.WithArticle(singular);
        }
        return English.Count(count) + " " + plural;
    }

    // "55 arrests, predominantly for possession with intent to supply", "30 arrests for drug offences". What the arrests
    // were for is said only from what covers them all: the reported totals, or the itemised records when they are every
    // arrest there was; detail of some arrests is never lent to the whole.
    private static string? ArrestsBullet(Operation operation, OperationSummary summary)
    {
        ReportedCount arrests = summary.Arrests;
        if (arrests.IsExactlyZero)
        {
            return null;
        }
        string head = English.Count(arrests) + " " + (arrests is { IsExactlyOne: true, Wording: null } ? "arrest" : "arrests");
        // The limit the source put on its one total of all arrests: "30 arrests directly connected with the match".
        if (operation.ReportedTotals.Where(t => t.Measure == ReportedMeasure.Arrests && !t.IsProspective && OperationSummary.IsForAllArrests(t)).ToList() is [{ Scope: { } scope }])
        {
            head += " " + scope;
        }
        ReportedTotal[] reported = [.. operation.ReportedTotals.Where(t => t.Measure == ReportedMeasure.Arrests && !t.IsProspective && !t.IsPartByPerson)];
        if (reported.Select(t => t.PredominantOffence).OfType<SuspectedOffence>().FirstOrDefault() is { } predominant)
        {
            return head + ", predominantly for " + OffencePhrases.Of(predominant);
        }
        if (reported.Select(t => t.PredominantGroup).FirstOrDefault(g => g is not null) is { } group)
        {
            return head + ", predominantly for " + OffencePhrases.Group(group);
        }
        // Totals limited to offences or groups beside a total of every arrest are parts of it: "353 arrests, including
        // 162 for drug offences and 34 for possession of an offensive weapon".
        ReportedTotal[] parts = [.. reported.Where(t => !OperationSummary.IsForAllArrests(t))];
        if (parts.Length > 0 && parts.Length < reported.Length)
        {
            return head + ", including " + English.JoinWithAnd([.. parts.Select(p => English.Count(ReportedCounts.Of(p)) + " for " + English.JoinWithAnd(
                [.. p.Offences.Select(OffencePhrases.Of).Distinct(StringComparer.Ordinal), .. p.OffenceGroups.Order().Select(OffencePhrases.Group)]))]);
        }
        SuspectedOffence[] offences = [.. reported.SelectMany(t => t.Offences).Distinct()];
        OffenceGroup[] groups = [.. reported.SelectMany(t => t.OffenceGroups).Distinct().Order()];
        bool itemisedAreAll = arrests.Precision == Precision.Exact && arrests.Value == operation.Arrests.Length;
        if (offences.Length == 0 && groups.Length == 0 && itemisedAreAll)
        {
            offences = [.. operation.Arrests.SelectMany(a => a.Offences).Distinct()];
        }
        string[] reasons = [.. offences.Select(OffencePhrases.Of).Distinct(StringComparer.Ordinal), .. groups.Select(OffencePhrases.Group)];
        return reasons.Length switch
        {
            0 => head,
            1 => head + " for " + reasons[0],
            _ when offences.Length > 1 || groups.Length > 0 => head + " for offences including " + English.JoinWithAnd(reasons),
            _ => head + " for " + English.JoinWithAnd(reasons),
        };
    }

    private static string? DrugsBullet(Operation operation, OperationSummary summary)
    {
        if (summary.DrugsByClass.IsEmpty && summary.DrugsBySubstance.IsEmpty)
        {
            return null;
        }
        string found = summary.DrugsByClass.IsEmpty
            ? English.JoinWithAnd([.. summary.DrugsBySubstance.Select(s => s.Substance.Name)]) + " found"
            : "Class " + English.JoinWithAnd([.. summary.DrugsByClass.Select(c => c.Class.ToString())]) + " drugs found";
        var amounts = new List<string>();
        foreach (SubstanceTotal substance in summary.DrugsBySubstance)
        {
            amounts.AddRange(substance.Total.Quantities.Select(q => DrugAmount(q, substance.Substance.Name)));
        }
        // Quantities of drugs identified only by class.
        var byClass = operation.Seizures
            .Select(s => s.Item)
            .OfType<DrugsSeized>()
            .Where(d => d.Substance is null && d.StatedClass is not null && d.Quantity is not null)
            .GroupBy(d => d.StatedClass!.Value)
            .OrderBy(g => g.Key);
        foreach (var group in byClass)
        {
            amounts.AddRange(DrugTotal.SumByDimension(group.Select(d => d.Quantity!.Value))
                .Select(q => DrugAmount(q, $"Class {group.Key} drugs")));
        }
        return amounts.Count == 0 ? found : found + ", including " + English.JoinWithAnd(amounts);
    }

    // "2 kg of cocaine", "a significant amount of cannabis", and counts of plants in their natural noun: "34 cannabis
    // plants", not "34 plants of cannabis".
    private static string DrugAmount(Quantity quantity, string drug)
    {
        string amount = English.Quantity(quantity);
        if (quantity.Unit == QuantityUnit.Plants && quantity.Precision != Precision.Unquantified)
        {
            string plants = quantity.Value == 1m && quantity.Upper is null ? "plant" : "plants";
            return amount[..amount.LastIndexOf(' ')] + " " + drug + " " + plants;
        }
        return amount + " of " + drug;
    }

    private static IEnumerable<string> WeaponBullets(Operation operation)
    {
        foreach (Seizure seizure in operation.Seizures)
        {
            if (seizure.Item is not WeaponSeized weapon)
            {
                continue;
            }
            bool singular = weapon.Count is { Value: 1, Precision: Precision.Exact };
            string what = weapon.Kind == WeaponKind.Ammunition
                ? (singular ? "a round of ammunition" : English.Count(weapon.Count) + " rounds of ammunition")
                : Counted(weapon.Count, WeaponNoun(weapon.Kind, false), WeaponNoun(weapon.Kind, true));
            Warrant? warrant = seizure.UnderWarrant is { } id ? operation.Warrants.FirstOrDefault(w => w.Id == id) : null;
            Place? place = seizure.Location ?? warrant?.Premises;
            string? area = place is null ? null : PlaceNames.Area(place);
            string where;
            if (seizure.UnderWarrant is not null)
            {
                string premises = PremisesNoun(warrant?.PremisesKind ?? PremisesKind.NotStated);
                where = " during a search of " + premises + (area is null ? "" : " in " + area);
            }
            else
            {
                where = area is null ? "" : " in " + area;
            }
            yield return $"{what} {(singular ? "was" : "were")} recovered{where}";
        }
    }

    private static string WeaponNoun(WeaponKind kind, bool plural) => (kind, plural) switch
    {
        (WeaponKind.Knife, false) => "knife",
        (WeaponKind.Knife, true) => "knives",
        (WeaponKind.OtherBladedArticle, _) => plural ? "bladed articles" : "bladed article",
        (WeaponKind.Firearm, _) => plural ? "firearms" : "firearm",
        (WeaponKind.AirWeapon, _) => plural ? "air weapons" : "air weapon",
        (WeaponKind.ImitationFirearm, _) => plural ? "imitation firearms" : "imitation firearm",
        (WeaponKind.Ammunition, _) => plural ? "rounds of ammunition" : "round of ammunition",
        (WeaponKind.CorrosiveSubstance, _) => plural ? "corrosive substances" : "corrosive substance",
        (WeaponKind.OtherOffensiveWeapon, _) => plural ? "offensive weapons" : "offensive weapon",
        (WeaponKind.Handgun, _) => plural ? "handguns" : "handgun",
        (WeaponKind.Shotgun, _) => plural ? "shotguns" : "shotgun",
        (WeaponKind.SawnOffShotgun, _) => plural ? "sawn-off shotguns" : "sawn-off shotgun",
        (WeaponKind.Rifle, _) => plural ? "rifles" : "rifle",
        (WeaponKind.ConvertedFirearm, _) => plural ? "converted firearms" : "converted firearm",
        (WeaponKind.ReactivatedFirearm, _) => plural ? "reactivated firearms" : "reactivated firearm",
        (WeaponKind.DeactivatedFirearm, _) => plural ? "deactivated firearms" : "deactivated firearm",
        (WeaponKind.BbOrSoftAirGun, _) => plural ? "BB or soft air guns" : "BB or soft air gun",
        (WeaponKind.StunGun, _) => plural ? "stun guns" : "stun gun",
        (WeaponKind.CsOrPepperSpray, _) => plural ? "CS or pepper sprays" : "CS or pepper spray",
        (WeaponKind.Machete, _) => plural ? "machetes" : "machete",
        (WeaponKind.ZombieStyleKnife, false) => "zombie-style knife",
        (WeaponKind.ZombieStyleKnife, true) => "zombie-style knives",
        (WeaponKind.Knuckleduster, _) => plural ? "knuckledusters" : "knuckleduster",
        (WeaponKind.ThrowingStar, _) => plural ? "throwing stars" : "throwing star",
        (WeaponKind.ButterflyKnife, false) => "butterfly knife",
        (WeaponKind.ButterflyKnife, true) => "butterfly knives",
        (WeaponKind.TelescopicTruncheon, _) => plural ? "telescopic truncheons" : "telescopic truncheon",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown weapon kind."),
    };

    private static string VehicleNoun(VehicleKind kind, bool plural) => kind switch
    {
        VehicleKind.Car => plural ? "cars" : "car",
        VehicleKind.Van => plural ? "vans" : "van",
        VehicleKind.Motorcycle => plural ? "motorcycles" : "motorcycle",
        VehicleKind.Bicycle => plural ? "bicycles" : "bicycle",
        VehicleKind.EScooter => plural ? "e-scooters" : "e-scooter",
        VehicleKind.Other => plural ? "other vehicles" : "vehicle",
        VehicleKind.HeavyGoodsVehicle => plural ? "HGVs" : "HGV",
        VehicleKind.BusOrCoach => plural ? "buses or coaches" : "bus or coach",
        VehicleKind.Minibus => plural ? "minibuses" : "minibus",
        VehicleKind.TaxiOrPrivateHire => plural ? "taxis or private hire cars" : "taxi or private hire car",
        VehicleKind.AgriculturalVehicle => plural ? "agricultural vehicles" : "agricultural vehicle",
        VehicleKind.Trailer => plural ? "trailers" : "trailer",
        VehicleKind.Boat => plural ? "boats" : "boat",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown vehicle kind."),
    };

    // What a search under warrant was a search of: "a search of an address", "of premises", "of a vehicle".
    private static string PremisesNoun(PremisesKind kind) => kind switch
    {
        PremisesKind.NotStated or PremisesKind.Residential or PremisesKind.ResidentialOutbuilding => "an address",
        PremisesKind.Business or PremisesKind.Other => "premises",
        PremisesKind.Vehicle => "a vehicle",
        PremisesKind.SchoolOrFurtherEducation => "school premises",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown premises kind."),
    };

    // Zero is a fact: a reported total of none is said, not dropped ("No arrests were made.").
    private static string? Zeros(Operation operation, OperationSummary summary)
    {
        // A zero said with the limit the source put on it: "No arrests directly connected with the marches were made."
        ReportedTotal? ReportedZero(ReportedMeasure measure) =>
            operation.ReportedTotals.FirstOrDefault(t => t.Measure == measure && !t.IsProspective && t.Count is { IsExactlyZero: true });
        static string Scoped(ReportedTotal zero) => zero.Scope is { } scope ? " " + scope : "";
        var sentences = new List<string>();
        if (summary.WarrantsExecuted.IsExactlyZero && ReportedZero(ReportedMeasure.WarrantsExecuted) is { } warrants)
        {
            sentences.Add($"No warrants{Scoped(warrants)} were executed.");
        }
        if (summary.Arrests.IsExactlyZero && ReportedZero(ReportedMeasure.Arrests) is { } arrests)
        {
            sentences.Add($"No arrests{Scoped(arrests)} were made.");
        }
        if (ReportedZero(ReportedMeasure.Charged) is { } charged && !summary.ArrestsByOutcome.Any(t => t.Key == ArrestOutcomeKind.Charged))
        {
            sentences.Add($"No one has been charged{Scoped(charged)}.");
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    private static string? Safeguarding(Operation operation, OperationSummary summary)
    {
        var sentences = new List<string>();
        if (!operation.Safeguarding.IsEmpty)
        {
            var parts = new List<string>();
            foreach (var group in operation.Safeguarding.GroupBy(s => s.Kind).OrderBy(g => g.Key))
            {
                int n = group.Count();
                // How many people the actions concern, when the records say: "for three people".
                ReportedCount? people = group.All(s => s.People is null) ? null : ReportedCounts.Sum(group.Select(s => s.People ?? ReportedCounts.Zero));
                string forWhom = people is { } p ? " for " + English.Count(p) + " " + (p.IsExactlyOne ? "person" : "people") : "";
                string Some(string singular, string plural, string verb) =>
                    (n == 1 ? English.WithArticle(singular) + " was " : English.Number(n) + " " + plural + " were ") + verb + forWhom;
                parts.Add(group.Key switch
                {
                    SafeguardingKind.NationalReferralMechanismReferral => Some("National Referral Mechanism referral", "National Referral Mechanism referrals", "made"),
                    SafeguardingKind.DutyToNotify => Some("duty to notify report", "duty to notify reports", "made to the Home Office"),
                    SafeguardingKind.LocalAuthorityReferral => Some("referral to the local authority", "referrals to the local authority", "made"),
                    SafeguardingKind.WelfareVisit => Some("welfare visit", "welfare visits", "carried out"),
                    SafeguardingKind.SafeguardingMeasures => "safeguarding measures were put in place" + forWhom,
                    SafeguardingKind.CuckooingProtection => Some("cuckooed home", "cuckooed homes", "protected"),
                    _ => throw new ArgumentOutOfRangeException(nameof(operation), group.Key, "Unknown safeguarding kind."),
                });
            }
            PartnerAgency[] partners = [.. operation.Safeguarding.SelectMany(s => s.Partners).Distinct().OrderBy(p => p == PartnerAgency.Unspecified ? 1 : 0).ThenBy(p => p)];
            string with = partners.Length == 0 ? "" : ", working with " + English.JoinWithAnd([.. partners.Select(PartnerName)]);
            sentences.Add(English.Capitalise(English.JoinWithAnd(parts)) + with + ".");
        }
        // People counted by a reported total, which no action record stands for.
        if (operation.ReportedTotals.Any(t => t.Measure == ReportedMeasure.PeopleSafeguarded && !t.IsProspective) && !summary.PeopleSafeguarded.IsExactlyZero)
        {
            ReportedCount safeguarded = summary.PeopleSafeguarded;
            sentences.Add(English.Capitalise($"{English.Count(safeguarded)} {(safeguarded.IsExactlyOne ? "person was" : "people were")} safeguarded."));
        }
        ReportedCount vulnerable = summary.VulnerablePeopleIdentified;
        if (!vulnerable.IsExactlyZero)
        {
            sentences.Add(English.Capitalise($"{English.Count(vulnerable)} vulnerable {(vulnerable.IsExactlyOne ? "person was" : "people were")} identified and offered support."));
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    private static string PartnerName(PartnerAgency partner) => partner switch
    {
        PartnerAgency.LocalAuthority => "the local authority",
        PartnerAgency.HomeOffice => "the Home Office",
        PartnerAgency.NationalCrimeAgency => "the National Crime Agency",
        PartnerAgency.GangmastersAndLabourAbuseAuthority => "the Gangmasters and Labour Abuse Authority",
        PartnerAgency.Health => "health services",
        PartnerAgency.Education => "education services",
        PartnerAgency.Charity => "charities",
        PartnerAgency.Unspecified => "other partners",
        _ => throw new ArgumentOutOfRangeException(nameof(partner), partner, "Unknown partner agency."),
    };

    // What happened to those arrested, from the summary's outcome figures (itemised records and reported totals
    // together): "Of those arrested, 12 were charged and some were released under investigation."
    private static string? Outcomes(EquatableArray<Tally<ArrestOutcomeKind>> outcomes, ReportedCount arrests)
    {
        if (outcomes.IsEmpty)
        {
            return null;
        }
        if (outcomes is [{ Key: ArrestOutcomeKind.RemainsInCustody } only] && only.Count == arrests && arrests.Precision == Precision.Exact)
        {
            return arrests.IsExactlyOne
                ? "The person arrested remains in police custody while the investigation continues."
                : "They all remain in police custody while the investigation continues.";
        }
        var parts = outcomes.Select(t =>
        {
            string number = English.Count(t.Count);
            bool one = t.Count.IsExactlyOne;
            string was = one ? "was" : "were";
            return t.Key switch
            {
                ArrestOutcomeKind.RemainsInCustody => $"{number} {(one ? "remains" : "remain")} in police custody",
                ArrestOutcomeKind.Bailed => $"{number} {was} released on bail",
                ArrestOutcomeKind.ReleasedUnderInvestigation => $"{number} {was} released under investigation",
                ArrestOutcomeKind.Charged => $"{number} {was} charged",
                ArrestOutcomeKind.Cautioned => $"{number} {was} cautioned",
                ArrestOutcomeKind.CommunityResolution => $"{number} {was} dealt with by community resolution",
                ArrestOutcomeKind.NoFurtherAction => $"{number} {was} released with no further action",
                ArrestOutcomeKind.RecalledToPrison => $"{number} {was} recalled to prison",
                ArrestOutcomeKind.PutBeforeCourt => $"{number} {was} put before the court",
                ArrestOutcomeKind.NotReported => $"the outcome for {number} was not given",
                _ => throw new ArgumentOutOfRangeException(nameof(outcomes), t.Key, "Unknown outcome kind."),
            };
        });
        // One person arrested with one outcome is that person, not one "of those arrested".
        if (arrests is { IsExactlyOne: true, Wording: null } && outcomes is [{ Count.IsExactlyOne: true, Key: not ArrestOutcomeKind.NotReported }])
        {
            return "The person arrested " + parts.Single()["one ".Length..] + ".";
        }
        return "Of those arrested, " + English.JoinWithAnd([.. parts]) + ".";
    }
}
