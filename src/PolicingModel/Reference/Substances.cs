using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PolicingModel.Reference;

/// <summary>
/// Controlled substances with their classification history under the Misuse of Drugs Act 1971 as amended, and the
/// informal street names they are commonly reported under. Sources: MDA 1971 Sch.2; Home Office circulars 001/2022
/// (GHB, GBL, 1,4-BD to Class B from 13 April 2022), 006/2023 (nitrous oxide to Class C from 8 November 2023), 002/2025
/// (xylazine Class C, and nitazenes and named opioids such as AP-237 Class A, from 15 January 2025).
/// </summary>
/// <remarks>
/// <para>
/// A substance's first step has no date: it means "in this class since before any date this library covers".
/// Earlier moves that the library does not yet date (for example methylamphetamine's move from B to A in 2007, or
/// ketamine's control before 2014) are not modelled; a date before the first dated step gets the first step's class.
/// </para>
/// <para>
/// Some entries are families rather than single compounds (barbiturates, benzodiazepines, anabolic steroids,
/// synthetic cannabinoids, cathinones, nitazenes): a source that names only the family uses these.
/// </para>
/// <para>
/// The "unknown substance, class stated" case ("a quantity of Class A drugs") has no <see cref="Substance"/>: record it
/// as a stated class with no substance (see <c>DrugsSeized</c> and <c>SuspectedOffence</c>).
/// <see cref="TryFromNameOrClass"/> reads such text.
/// </para>
/// </remarks>
public static class Substances
{
    private static readonly LocalDate GhbReclassified = new(2022, 4, 13);
    private static readonly LocalDate NitrousOxideControlled = new(2023, 11, 8);
    private static readonly LocalDate January2025Order = new(2025, 1, 15);

    private static Substance Always(string code, string name, DrugClass drugClass) => new(code, name, [new DrugClassification(null, drugClass)]);

    private static Substance ControlledFrom(string code, string name, LocalDate from, DrugClass drugClass) =>
        new(code, name, [new DrugClassification(null, null), new DrugClassification(from, drugClass)]);

    private static Substance CThenBFrom2022(string code, string name) =>
        new(code, name, [new DrugClassification(null, DrugClass.C), new DrugClassification(GhbReclassified, DrugClass.B)]);

    // ---------------------------------------------------------------- Class A

    /// <summary>Cocaine (Class A).</summary>
    public static Substance Cocaine { get; } = Always("cocaine", "cocaine", DrugClass.A);

    /// <summary>Crack cocaine (Class A).</summary>
    public static Substance CrackCocaine { get; } = Always("crack-cocaine", "crack cocaine", DrugClass.A);

    /// <summary>Heroin, diamorphine (Class A).</summary>
    public static Substance Heroin { get; } = Always("heroin", "heroin", DrugClass.A);

    /// <summary>MDMA, ecstasy (Class A).</summary>
    public static Substance Mdma { get; } = Always("mdma", "MDMA", DrugClass.A);

    /// <summary>LSD, lysergide (Class A).</summary>
    public static Substance Lsd { get; } = Always("lsd", "LSD", DrugClass.A);

    /// <summary>Methadone (Class A).</summary>
    public static Substance Methadone { get; } = Always("methadone", "methadone", DrugClass.A);

    /// <summary>
    /// Methamphetamine, methylamphetamine (Class A). Its earlier history (Class B until 2007) is not modelled: every
    /// date gets Class A.
    /// </summary>
    public static Substance Methamphetamine { get; } = Always("methamphetamine", "methamphetamine", DrugClass.A);

    /// <summary>Psilocin, the active substance of "magic mushrooms" (Class A).</summary>
    public static Substance Psilocin { get; } = Always("psilocin", "psilocin", DrugClass.A);

    /// <summary>Morphine (Class A).</summary>
    public static Substance Morphine { get; } = Always("morphine", "morphine", DrugClass.A);

    /// <summary>
    /// Nitazenes, under the generic definition: Class A from 15 January 2025 (Home Office circular 002/2025). In this
    /// model they are not controlled before that date; individual nitazenes controlled by name earlier are not
    /// modelled (unverified), so a seizure before 2025 with a stated class should record the class as stated.
    /// </summary>
    public static Substance Nitazenes { get; } = ControlledFrom("nitazenes", "nitazenes", January2025Order, DrugClass.A);

    /// <summary>AP-237, a named synthetic opioid: not controlled in this model before 15 January 2025, then Class A (Home Office circular 002/2025).</summary>
    public static Substance Ap237 { get; } = ControlledFrom("ap-237", "AP-237", January2025Order, DrugClass.A);

    // ---------------------------------------------------------------- Class B

    /// <summary>Cannabis, herbal (Class B).</summary>
    public static Substance Cannabis { get; } = Always("cannabis", "cannabis", DrugClass.B);

    /// <summary>Cannabis resin (Class B).</summary>
    public static Substance CannabisResin { get; } = Always("cannabis-resin", "cannabis resin", DrugClass.B);

    /// <summary>Amphetamine (Class B).</summary>
    public static Substance Amphetamine { get; } = Always("amphetamine", "amphetamine", DrugClass.B);

    /// <summary>Barbiturates (Class B).</summary>
    public static Substance Barbiturates { get; } = Always("barbiturates", "barbiturates", DrugClass.B);

    /// <summary>Codeine (Class B).</summary>
    public static Substance Codeine { get; } = Always("codeine", "codeine", DrugClass.B);

    /// <summary>
    /// Ketamine: Class B since 2014 and kept in Class B after review. The library treats it as Class B on every date:
    /// its earlier history (before 2014) is not modelled, and any change after the review is unverified and not modelled.
    /// </summary>
    public static Substance Ketamine { get; } = Always("ketamine", "ketamine", DrugClass.B);

    /// <summary>Synthetic cannabinoid receptor agonists, such as "spice" (Class B).</summary>
    public static Substance SyntheticCannabinoids { get; } = Always("synthetic-cannabinoids", "synthetic cannabinoids", DrugClass.B);

    /// <summary>Synthetic cathinones, such as mephedrone (Class B).</summary>
    public static Substance Cathinones { get; } = Always("cathinones", "cathinones", DrugClass.B);

    /// <summary>GHB: Class C, then Class B from 13 April 2022 (Home Office circular 001/2022).</summary>
    public static Substance Ghb { get; } = CThenBFrom2022("ghb", "GHB");

    /// <summary>GBL: Class C, then Class B from 13 April 2022 (Home Office circular 001/2022).</summary>
    public static Substance Gbl { get; } = CThenBFrom2022("gbl", "GBL");

    /// <summary>1,4-BD (1,4-butanediol): Class C, then Class B from 13 April 2022 (Home Office circular 001/2022).</summary>
    public static Substance Butanediol { get; } = CThenBFrom2022("1-4-butanediol", "1,4-BD");

    // ---------------------------------------------------------------- Class C

    /// <summary>Benzodiazepines, such as diazepam (Class C).</summary>
    public static Substance Benzodiazepines { get; } = Always("benzodiazepines", "benzodiazepines", DrugClass.C);

    /// <summary>Anabolic steroids (Class C).</summary>
    public static Substance AnabolicSteroids { get; } = Always("anabolic-steroids", "anabolic steroids", DrugClass.C);

    /// <summary>Khat (Class C).</summary>
    public static Substance Khat { get; } = Always("khat", "khat", DrugClass.C);

    /// <summary>BZP, benzylpiperazine (Class C).</summary>
    public static Substance Bzp { get; } = Always("bzp", "BZP", DrugClass.C);

    /// <summary>Nitrous oxide: not controlled, then Class C from 8 November 2023 (Home Office circular 006/2023).</summary>
    public static Substance NitrousOxide { get; } = new("nitrous-oxide", "nitrous oxide", [new(null, null), new(NitrousOxideControlled, DrugClass.C)]);

    /// <summary>Xylazine: not controlled, then Class C from 15 January 2025 (Home Office circular 002/2025).</summary>
    public static Substance Xylazine { get; } = new("xylazine", "xylazine", [new(null, null), new(January2025Order, DrugClass.C)]);

    /// <summary>Every substance in this list: the original nine first (in their original order), then the rest.</summary>
    public static EquatableArray<Substance> All { get; } =
    [
        Cocaine, CrackCocaine, Heroin, Mdma, Cannabis, Ketamine, Ghb, NitrousOxide, Xylazine,
        Lsd, Methadone, Methamphetamine, Psilocin, Morphine, Nitazenes, Ap237,
        CannabisResin, Amphetamine, Barbiturates, Codeine, SyntheticCannabinoids, Cathinones, Gbl, Butanediol,
        Benzodiazepines, AnabolicSteroids, Khat, Bzp,
    ];

    private static readonly FrozenDictionary<Substance, EquatableArray<string>> StreetNameTable = new Dictionary<Substance, EquatableArray<string>>
    {
        [Cocaine] = ["coke", "charlie", "snow"],
        [CrackCocaine] = ["crack", "rock", "rocks"],
        [Heroin] = ["diamorphine", "smack", "brown", "skag"],
        [Mdma] = ["ecstasy", "molly", "mandy", "xtc"],
        [Lsd] = ["lysergide", "acid"],
        [Methadone] = ["physeptone"],
        [Methamphetamine] = ["methylamphetamine", "crystal meth", "meth", "ice", "tina"],
        [Psilocin] = ["magic mushrooms", "mushrooms", "shrooms", "psilocybin"],
        [Morphine] = [],
        [Nitazenes] = ["nitazene"],
        [Ap237] = [],
        [Cannabis] = ["weed", "skunk", "grass", "herb", "marijuana", "ganja"],
        [CannabisResin] = ["resin", "hash", "hashish"],
        [Amphetamine] = ["speed", "whizz"],
        [Barbiturates] = ["barbs"],
        [Codeine] = ["lean"],
        [Ketamine] = ["ket", "special k", "k"],
        [SyntheticCannabinoids] = ["spice", "mamba", "black mamba"],
        [Cathinones] = ["mephedrone", "meow meow", "m-cat", "mcat"],
        [Ghb] = ["liquid ecstasy"],
        [Gbl] = [],
        [Butanediol] = ["1,4-butanediol", "1,4-bd"],
        [Benzodiazepines] = ["benzos", "diazepam", "valium"],
        [AnabolicSteroids] = ["steroids", "roids"],
        [Khat] = ["qat", "miraa"],
        [Bzp] = ["benzylpiperazine"],
        [NitrousOxide] = ["laughing gas", "gas", "nos", "noz", "hippy crack"],
        [Xylazine] = ["tranq"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Substance> ByCode = All.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Substance> ByName = BuildNameTable();

    /// <summary>Finds a substance by its wire code.</summary>
    /// <param name="code">The code, such as <c>crack-cocaine</c>.</param>
    /// <param name="substance">The substance, when found.</param>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Substance? substance)
    {
        substance = null;
        return code is not null && ByCode.TryGetValue(code, out substance);
    }

    /// <summary>Finds a substance by its wire code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentException">No substance has that code.</exception>
    public static Substance FromCode(string code) =>
        TryFromCode(code, out Substance? substance) ? substance : throw new ArgumentException($"'{code}' is not a known substance code.", nameof(code));

    /// <summary>
    /// The informal street names and other names (such as "smack" for heroin, "ket" for ketamine) that
    /// <see cref="TryFromName"/> accepts for <paramref name="substance"/>, besides its code and name. Empty for a
    /// substance not in <see cref="All"/>.
    /// </summary>
    /// <param name="substance">A substance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="substance"/> is null.</exception>
    public static EquatableArray<string> StreetNamesOf(Substance substance) =>
        StreetNameTable.TryGetValue(Preconditions.CheckNotNull(substance), out EquatableArray<string> names) ? names : default;

    /// <summary>
    /// Finds a substance by its code, its name or a common street name ("crack", "smack", "weed", "ket", "ecstasy",
    /// "MDMA", "skunk", "coke", "laughing gas" ...), ignoring case, surrounding white space and repeated spaces.
    /// </summary>
    /// <remarks>
    /// Street names are informal: they vary between places and over time, and a name in a press release is not proof
    /// of what a substance is. Slang that commonly means more than one substance ("gear", "white", "G") is deliberately
    /// not mapped. Use the result to normalise reported text, never as forensic identification.
    /// </remarks>
    /// <param name="nameOrStreetName">The text, such as "Crack" or "special K".</param>
    /// <param name="substance">The substance, when found.</param>
    public static bool TryFromName(string? nameOrStreetName, [NotNullWhen(true)] out Substance? substance)
    {
        substance = null;
        return nameOrStreetName is not null && ByName.TryGetValue(Normalise(nameOrStreetName), out substance);
    }

    /// <summary>
    /// Reads a drug as reported: either a substance (as <see cref="TryFromName"/>), or only a class
    /// ("Class A", "class-b", "Class A drugs", "C"), which is the "unknown substance, class stated" case.
    /// </summary>
    /// <param name="text">The text, such as "heroin" or "Class A".</param>
    /// <param name="substance">The substance, when the text names one; null when it states only a class.</param>
    /// <param name="statedClass">The class, when the text states only a class; null when it names a substance (ask the substance for its class on a date).</param>
    /// <returns>True when the text named a substance or stated a class.</returns>
    public static bool TryFromNameOrClass(string? text, out Substance? substance, out DrugClass? statedClass)
    {
        statedClass = null;
        if (TryFromName(text, out substance))
        {
            return true;
        }
        if (text is null)
        {
            return false;
        }
        string key = Normalise(text).Replace('-', ' ');
        if (key.StartsWith("class ", StringComparison.Ordinal))
        {
            key = key["class ".Length..];
            foreach (string suffix in (string[])[" drugs", " drug"])
            {
                if (key.EndsWith(suffix, StringComparison.Ordinal))
                {
                    key = key[..^suffix.Length];
                    break;
                }
            }
        }
        statedClass = key switch
        {
            "a" => DrugClass.A,
            "b" => DrugClass.B,
            "c" => DrugClass.C,
            _ => null,
        };
        return statedClass is not null;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    private static FrozenDictionary<string, Substance> BuildNameTable()
    {
        var table = new Dictionary<string, Substance>(StringComparer.Ordinal);
        foreach (Substance substance in All)
        {
            foreach (string key in (string[])[substance.Code, substance.Name, .. StreetNamesOf(substance)])
            {
                string normalised = Normalise(key);
                if (table.TryGetValue(normalised, out Substance? existing) && !ReferenceEquals(existing, substance))
                {
                    throw new InvalidOperationException($"'{key}' names both {existing.Code} and {substance.Code}.");
                }
                table[normalised] = substance;
            }
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
