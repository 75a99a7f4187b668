using System.Collections.Frozen;

namespace PolicingModel.Reporting;

// How a suspected offence reads after "on suspicion of" or "arrested for": "being concerned in the supply of Class A
// drugs", "possession of cannabis", "conspiracy to supply Class A drugs", "modern slavery". Keyed by offence code;
// an offence not in the table falls back to its Offence.Title.
internal static class OffencePhrases
{
    // A phrase as a noun ("possession of {drugs}") and as an infinitive for inchoate forms ("possess {drugs}"); {0} is the drugs.
    private sealed record Phrase(string Noun, string Infinitive, string? UnknownDrugsNoun = null);

    private static readonly FrozenDictionary<string, Phrase> ByCode = new Dictionary<string, Phrase>
    {
        ["possession"] = new("possession of {0}", "possess {0}"),
        ["possession-with-intent-to-supply"] = new("possession of {0} with intent to supply", "possess {0} with intent to supply", "possession with intent to supply drugs"),
        ["supply"] = new("supplying {0}", "supply {0}"),
        ["concerned-in-supply"] = new("being concerned in the supply of {0}", "be concerned in the supply of {0}"),
        ["production"] = new("production of {0}", "produce {0}"),
        ["possession-of-criminal-property"] = new("possession of criminal property", "possess criminal property"),
        ["concealing-criminal-property"] = new("concealing criminal property", "conceal criminal property"),
        ["money-laundering-arrangement"] = new("money laundering", "enter into a money laundering arrangement"),
        ["slavery-servitude-forced-labour"] = new("modern slavery", "commit modern slavery offences"),
        ["human-trafficking"] = new("human trafficking", "traffic people for exploitation"),
        ["bladed-article-in-public"] = new("possession of a bladed article", "possess a bladed article"),
        ["offensive-weapon-in-public"] = new("possession of an offensive weapon", "possess an offensive weapon"),
        ["cultivation-of-cannabis"] = new("cultivating cannabis", "cultivate cannabis"),
        ["importation-of-controlled-drug"] = new("importing {0}", "import {0}"),
        ["murder"] = new("murder", "murder"),
        ["robbery"] = new("robbery", "rob"),
        ["theft"] = new("theft", "steal"),
        ["burglary-dwelling"] = new("burglary", "commit burglary"),
        ["burglary-non-dwelling"] = new("burglary", "commit burglary"),
        ["aggravated-burglary-dwelling"] = new("aggravated burglary", "commit aggravated burglary"),
        ["aggravated-burglary-non-dwelling"] = new("aggravated burglary", "commit aggravated burglary"),
        ["fraud-by-false-representation"] = new("fraud by false representation", "commit fraud by false representation"),
        ["fraud-by-failing-to-disclose-information"] = new("fraud by failing to disclose information", "commit fraud by failing to disclose information"),
        ["fraud-by-abuse-of-position"] = new("fraud by abuse of position", "commit fraud by abuse of position"),
        ["facilitating-unlawful-immigration"] = new("assisting unlawful immigration", "assist unlawful immigration"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The drugs an offence concerns: the substance ("cannabis"), else the class ("Class A drugs"), else "drugs".
    internal static string Drugs(SuspectedOffence offence) =>
        offence.Substance is { } substance ? substance.Name
        : offence.DrugClass is { } drugClass ? $"Class {drugClass} drugs"
        : "drugs";

    // The phrase for one suspected offence.
    // An offence group as a sentence names it: "drug offences", "possession of weapons offences", "robbery".
    internal static string Group(OffenceGroup group) => group switch
    {
        OffenceGroup.ViolenceAgainstThePerson => "violence against the person",
        OffenceGroup.SexualOffences => "sexual offences",
        OffenceGroup.Robbery => "robbery",
        OffenceGroup.Theft => "theft offences",
        OffenceGroup.CriminalDamageAndArson => "criminal damage and arson",
        OffenceGroup.Drugs => "drug offences",
        OffenceGroup.PossessionOfWeapons => "possession of weapons offences",
        OffenceGroup.PublicOrder => "public order offences",
        OffenceGroup.MiscellaneousCrimesAgainstSociety => "miscellaneous crimes against society",
        OffenceGroup.Fraud => "fraud offences",
        OffenceGroup.Other => "other offences",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown offence group."),
    };

    internal static string Of(SuspectedOffence offence)
    {
        ArgumentNullException.ThrowIfNull(offence);
        string drugs = Drugs(offence);
        bool drugsUnknown = offence.Substance is null && offence.DrugClass is null;
        if (!ByCode.TryGetValue(offence.Offence.Code, out Phrase? phrase))
        {
            return offence.Form switch
            {
                InchoateForm.None => offence.Offence.Title,
                InchoateForm.Conspiracy => "conspiracy to commit an offence of " + offence.Offence.Title,
                InchoateForm.Attempt => "attempting to commit an offence of " + offence.Offence.Title,
                InchoateForm.EncouragingOrAssisting => "encouraging or assisting an offence of " + offence.Offence.Title,
                _ => throw new ArgumentOutOfRangeException(nameof(offence), offence.Form, "Unknown inchoate form."),
            };
        }
        string infinitive = string.Format(System.Globalization.CultureInfo.InvariantCulture, phrase.Infinitive, drugs);
        return offence.Form switch
        {
            InchoateForm.None => drugsUnknown && phrase.UnknownDrugsNoun is { } unknown
                ? unknown
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, phrase.Noun, drugs),
            InchoateForm.Conspiracy => "conspiracy to " + infinitive,
            InchoateForm.Attempt => "attempting to " + infinitive,
            InchoateForm.EncouragingOrAssisting => "encouraging or assisting others to " + infinitive,
            _ => throw new ArgumentOutOfRangeException(nameof(offence), offence.Form, "Unknown inchoate form."),
        };
    }

    // Several offences joined: "being concerned in the supply of Class A drugs and modern slavery".
    internal static string Of(IEnumerable<SuspectedOffence> offences) => English.JoinWithAnd(offences.Select(Of).Distinct(StringComparer.Ordinal).ToList());

    // What follows "was arrested": "on suspicion of" the offences, then each ground that is not an offence, which is not
    // suspected but acted on ("for breaching bail conditions", "on a warrant"): "on suspicion of burglary and on a warrant".
    internal static string Grounds(IReadOnlyCollection<SuspectedOffence> offences)
    {
        var parts = new List<string>();
        SuspectedOffence[] suspected = [.. offences.Where(o => o.Offence.IsOffence)];
        if (suspected.Length > 0)
        {
            parts.Add("on suspicion of " + Of(suspected));
        }
        foreach (SuspectedOffence ground in offences.Where(o => !o.Offence.IsOffence))
        {
            parts.Add(ground.Offence.Kind == ArrestGroundKind.Warrant ? "on a warrant" : "for " + ground.Offence.Title);
        }
        return English.JoinWithAnd(parts.Distinct(StringComparer.Ordinal).ToList());
    }
}
