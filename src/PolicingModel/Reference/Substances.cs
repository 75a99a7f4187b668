using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PolicingModel.Reference;

/// <summary>
/// Controlled substances with their classification history under the Misuse of Drugs Act 1971 as amended, and the
/// informal street names they are commonly reported under. Each dated step names the Order that made it (a statutory
/// instrument under MDA 1971 s.2(2), amending Sch.2) in its XML docs; the sources are listed in docs/reference-data.md.
/// </summary>
/// <remarks>
/// <para>
/// A substance's first step has no date: it means "in this class (or not controlled) since before any date this library
/// covers". Moves that the research could not date are not modelled, and the entry says so; a date the research could
/// only infer is modelled only where the entry marks it <b>unverified</b> (ketamine's control in 2006).
/// </para>
/// <para>
/// Temporary class drug orders (MDA 1971 s.2A, such as those for methoxetamine and methiopropamine before their
/// permanent control) are not a class: the library records those periods as not controlled, and the entry says so.
/// </para>
/// <para>
/// Some entries are families rather than single compounds (barbiturates, benzodiazepines, anabolic steroids,
/// synthetic cannabinoids, cathinones, nitazenes): a source that names only the family uses these. A family's history
/// is that of the generic definition that controls it; members controlled earlier by name are separate entries where
/// the research names them (the nitazenes of 20 March 2024).
/// </para>
/// <para>
/// The "unknown substance, class stated" case ("a quantity of Class A drugs") has no <see cref="Substance"/>: record it
/// as a stated class with no substance (see <c>DrugsSeized</c> and <c>SuspectedOffence</c>).
/// <see cref="TryFromNameOrClass"/> reads such text.
/// </para>
/// </remarks>
public static class Substances
{
    private static readonly LocalDate BuprenorphineControlled = new(1989, 9, 18);
    private static readonly LocalDate CannabisToC = new(2004, 1, 29);
    private static readonly LocalDate KetamineControlled = new(2006, 1, 1);
    private static readonly LocalDate MethylamphetamineToA = new(2007, 1, 18);
    private static readonly LocalDate CannabisToB = new(2009, 1, 26);
    private static readonly LocalDate SyntheticCannabinoidsControlled = new(2009, 12, 23);
    private static readonly LocalDate CathinonesControlled = new(2010, 4, 16);
    private static readonly LocalDate MethoxetamineControlled = new(2013, 2, 26);
    private static readonly LocalDate KetamineOrder2014 = new(2014, 6, 10);
    private static readonly LocalDate MethiopropamineControlled = new(2017, 11, 27);
    private static readonly LocalDate GhbReclassified = new(2022, 4, 13);
    private static readonly LocalDate March2024Order = new(2024, 3, 20);
    private static readonly LocalDate NitrousOxideControlled = new(2023, 11, 8);
    private static readonly LocalDate January2025Order = new(2025, 1, 15);

    private static Substance Always(string code, string name, DrugClass drugClass) => new(code, name, [new DrugClassification(null, drugClass)]);

    private static Substance ControlledFrom(string code, string name, LocalDate from, DrugClass drugClass) =>
        new(code, name, [new DrugClassification(null, null), new DrugClassification(from, drugClass)]);

    private static Substance CThenBFrom2022(string code, string name) =>
        new(code, name, [new DrugClassification(null, DrugClass.C), new DrugClassification(GhbReclassified, DrugClass.B)]);

    // Cannabis and cannabis resin: B, then C from 29 January 2004, then B again from 26 January 2009.
    private static Substance CannabisHistory(string code, string name) =>
        new(code, name, [new DrugClassification(null, DrugClass.B), new DrugClassification(CannabisToC, DrugClass.C), new DrugClassification(CannabisToB, DrugClass.B)]);

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
    /// Methamphetamine, methylamphetamine: Class B, then Class A from 18 January 2007 (Misuse of Drugs Act 1971
    /// (Amendment) Order 2006, SI 2006/3331, made 14 December 2006; Home Office circular 041/2006).
    /// </summary>
    public static Substance Methamphetamine { get; } = new(
        "methamphetamine", "methamphetamine", [new DrugClassification(null, DrugClass.B), new DrugClassification(MethylamphetamineToA, DrugClass.A)]);

    /// <summary>Psilocin, the active substance of "magic mushrooms" (Class A).</summary>
    public static Substance Psilocin { get; } = Always("psilocin", "psilocin", DrugClass.A);

    /// <summary>Morphine (Class A).</summary>
    public static Substance Morphine { get; } = Always("morphine", "morphine", DrugClass.A);

    /// <summary>
    /// Nitazenes, under the generic definition (2-benzyl benzimidazole variants): Class A from 15 January 2025 (Misuse
    /// of Drugs Act 1971 (Amendment) (No. 2) Order 2024, SI 2024/1361; Home Office circular 002/2025). In this model the
    /// family is not controlled before that date. Ten nitazenes controlled by name from 20 March 2024 (SI 2024/190) are
    /// separate entries, such as <see cref="Protonitazene"/> and <see cref="Metonitazene"/>; the other four named by that
    /// Order, and clonitazene and etonitazene (Class A before 2024, per Home Office circular 001/2024, from a date not
    /// researched), are not modelled, so a seizure before 2025 of another nitazene should record the class as stated.
    /// </summary>
    public static Substance Nitazenes { get; } = ControlledFrom("nitazenes", "nitazenes", January2025Order, DrugClass.A);

    /// <summary>AP-237 (bucinnazine), a named synthetic opioid: not controlled in this model before 15 January 2025, then Class A (SI 2024/1361; Home Office circular 002/2025).</summary>
    public static Substance Ap237 { get; } = ControlledFrom("ap-237", "AP-237", January2025Order, DrugClass.A);

    /// <summary>Brorphine, a synthetic opioid: Class A from 20 March 2024 (Misuse of Drugs Act 1971 (Amendment) Order 2024, SI 2024/190, made 21 February 2024; Home Office circular 001/2024).</summary>
    public static Substance Brorphine { get; } = ControlledFrom("brorphine", "brorphine", March2024Order, DrugClass.A);

    /// <summary>Butonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Butonitazene { get; } = ControlledFrom("butonitazene", "butonitazene", March2024Order, DrugClass.A);

    /// <summary>Ethyleneoxynitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Ethyleneoxynitazene { get; } = ControlledFrom("ethyleneoxynitazene", "ethyleneoxynitazene", March2024Order, DrugClass.A);

    /// <summary>Etodesnitazene (etazene): Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Etodesnitazene { get; } = ControlledFrom("etodesnitazene", "etodesnitazene", March2024Order, DrugClass.A);

    /// <summary>Flunitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Flunitazene { get; } = ControlledFrom("flunitazene", "flunitazene", March2024Order, DrugClass.A);

    /// <summary>Isotonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Isotonitazene { get; } = ControlledFrom("isotonitazene", "isotonitazene", March2024Order, DrugClass.A);

    /// <summary>Metodesnitazene (metazene): Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Metodesnitazene { get; } = ControlledFrom("metodesnitazene", "metodesnitazene", March2024Order, DrugClass.A);

    /// <summary>Metonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Metonitazene { get; } = ControlledFrom("metonitazene", "metonitazene", March2024Order, DrugClass.A);

    /// <summary>Protonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance Protonitazene { get; } = ControlledFrom("protonitazene", "protonitazene", March2024Order, DrugClass.A);

    /// <summary>N-desethyl etonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance NDesethylEtonitazene { get; } = ControlledFrom("n-desethyl-etonitazene", "N-desethyl etonitazene", March2024Order, DrugClass.A);

    /// <summary>N-desethylisotonitazene: Class A from 20 March 2024 (SI 2024/190).</summary>
    public static Substance NDesethylisotonitazene { get; } = ControlledFrom("n-desethylisotonitazene", "N-desethylisotonitazene", March2024Order, DrugClass.A);

    // ---------------------------------------------------------------- Class B

    /// <summary>
    /// Cannabis, herbal: Class B; Class C from 29 January 2004 (Misuse of Drugs Act 1971 (Modification) (No. 2) Order
    /// 2003, SI 2003/3201, made 10 December 2003); Class B again from 26 January 2009 (Misuse of Drugs Act 1971
    /// (Amendment) Order 2008; Home Office circular 001/2009). The 2009 date is verified; the 2008 Order's SI number is
    /// <b>unverified</b> (SI 2008/3130 is listed among the Orders amending Sch.2 in a later Order's footnotes, which fits,
    /// but its text was not read).
    /// </summary>
    public static Substance Cannabis { get; } = CannabisHistory("cannabis", "cannabis");

    /// <summary>Cannabis resin: the same history as <see cref="Cannabis"/> (B; C from 29 January 2004, SI 2003/3201; B from 26 January 2009).</summary>
    public static Substance CannabisResin { get; } = CannabisHistory("cannabis-resin", "cannabis resin");

    /// <summary>Amphetamine (Class B).</summary>
    public static Substance Amphetamine { get; } = Always("amphetamine", "amphetamine", DrugClass.B);

    /// <summary>Barbiturates (Class B).</summary>
    public static Substance Barbiturates { get; } = Always("barbiturates", "barbiturates", DrugClass.B);

    /// <summary>Codeine (Class B).</summary>
    public static Substance Codeine { get; } = Always("codeine", "codeine", DrugClass.B);

    /// <summary>
    /// Ketamine: not controlled; Class C from 1 January 2006; Class B from 10 June 2014 (Misuse of Drugs Act 1971
    /// (Ketamine etc.) (Amendment) Order 2014, SI 2014/1106). Its control as Class C by the Misuse of Drugs Act 1971
    /// (Amendment) Order 2005 is verified (Commons committee debate, 31 October 2005), but the 1 January 2006 date is
    /// <b>unverified</b>: it is inferred from the companion regulations (SI 2005/3372), which scheduled ketamine from that
    /// day, and the Order's own SI number is <b>unverified</b> (SI 2005/3178 is listed among the Orders amending Sch.2, but
    /// its text was not read). It stays Class B in this model; any later change is not modelled.
    /// </summary>
    public static Substance Ketamine { get; } = new(
        "ketamine", "ketamine",
        [new DrugClassification(null, null), new DrugClassification(KetamineControlled, DrugClass.C), new DrugClassification(KetamineOrder2014, DrugClass.B)]);

    /// <summary>
    /// Synthetic cannabinoid receptor agonists, such as "spice": not controlled, then Class B from 23 December 2009, when
    /// the first generic definition came into force (Misuse of Drugs Act 1971 (Amendment) Order 2009, SI 2009/3209, made
    /// 9 December 2009). Later generic definitions widened the family (third-generation compounds from 26 February 2013,
    /// SI 2013/239; a 2016 definition, <b>unverified</b>); a compound first caught by a later one was not controlled
    /// before it, which this family entry does not show.
    /// </summary>
    public static Substance SyntheticCannabinoids { get; } = ControlledFrom("synthetic-cannabinoids", "synthetic cannabinoids", SyntheticCannabinoidsControlled, DrugClass.B);

    /// <summary>
    /// Synthetic cathinones, such as mephedrone: not controlled, then Class B from 16 April 2010, under a generic
    /// definition (Misuse of Drugs Act 1971 (Amendment) Order 2010, SI 2010/1207; Home Office circular 010/2010). A
    /// further group including naphyrone followed in July 2010 (Amendment (No. 2) Order 2010; date and SI
    /// <b>unverified</b>, not modelled). Whether any cathinone was controlled by name before 2010 is not in the research
    /// and is not modelled.
    /// </summary>
    public static Substance Cathinones { get; } = ControlledFrom("cathinones", "cathinones", CathinonesControlled, DrugClass.B);

    /// <summary>
    /// Methoxetamine: not controlled, then Class B from 26 February 2013 (Misuse of Drugs Act 1971 (Amendment) Order
    /// 2013, SI 2013/239, made 12 February 2013, in force on the 14th day after). It was under a temporary class drug
    /// order from 2012 (date <b>unverified</b>), recorded here as not controlled.
    /// </summary>
    public static Substance Methoxetamine { get; } = ControlledFrom("methoxetamine", "methoxetamine", MethoxetamineControlled, DrugClass.B);

    /// <summary>
    /// Methiopropamine (MPA): not controlled, then Class B from 27 November 2017 (Misuse of Drugs Act 1971 (Amendment)
    /// (No. 2) Order 2017, SI 2017/1114, made 15 November 2017). From 27 November 2015 it was under a temporary class
    /// drug order (SI 2015/1929, renewed by SI 2016/1126), recorded here as not controlled.
    /// </summary>
    public static Substance Methiopropamine { get; } = ControlledFrom("methiopropamine", "methiopropamine", MethiopropamineControlled, DrugClass.B);

    /// <summary>
    /// GHB: Class C, then Class B from 13 April 2022 (Misuse of Drugs Act 1971 (Amendment) Order 2022, SI 2022/322; Home
    /// Office circular 001/2022). When it was first controlled (believed 2003) is <b>unverified</b>, so the Class C step
    /// has no date.
    /// </summary>
    public static Substance Ghb { get; } = CThenBFrom2022("ghb", "GHB");

    /// <summary>
    /// GBL: Class C, then Class B from 13 April 2022 (SI 2022/322; Home Office circular 001/2022). The date it entered
    /// Class C is <b>unverified</b> (a claim that SI 2009/3209 did it was not confirmed), so that step has no date.
    /// </summary>
    public static Substance Gbl { get; } = CThenBFrom2022("gbl", "GBL");

    /// <summary>1,4-BD (1,4-butanediol): as <see cref="Gbl"/>: Class C from an <b>unverified</b> date, then Class B from 13 April 2022 (SI 2022/322).</summary>
    public static Substance Butanediol { get; } = CThenBFrom2022("1-4-butanediol", "1,4-BD");

    // ---------------------------------------------------------------- Class C

    /// <summary>Benzodiazepines, such as diazepam (Class C).</summary>
    public static Substance Benzodiazepines { get; } = Always("benzodiazepines", "benzodiazepines", DrugClass.C);

    /// <summary>Anabolic steroids (Class C).</summary>
    public static Substance AnabolicSteroids { get; } = Always("anabolic-steroids", "anabolic steroids", DrugClass.C);

    /// <summary>Khat (Class C).</summary>
    public static Substance Khat { get; } = Always("khat", "khat", DrugClass.C);

    /// <summary>BZP, benzylpiperazine (Class C). The date it was controlled is <b>unverified</b> (a claim that SI 2009/3209 did it was not confirmed), so every date gets Class C.</summary>
    public static Substance Bzp { get; } = Always("bzp", "BZP", DrugClass.C);

    /// <summary>
    /// Tramadol: not controlled, then Class C from 10 June 2014 (Misuse of Drugs Act 1971 (Ketamine etc.) (Amendment)
    /// Order 2014, SI 2014/1106, the Order that moved ketamine to Class B).
    /// </summary>
    public static Substance Tramadol { get; } = ControlledFrom("tramadol", "tramadol", KetamineOrder2014, DrugClass.C);

    /// <summary>
    /// Buprenorphine: not controlled, then Class C from 18 September 1989 (Misuse of Drugs Act 1971 (Modification) Order
    /// 1989; its number, SI 1989/1340, is read from the BAILII address of its text). That it was not controlled before is
    /// inferred from the Order bringing it into Class C.
    /// </summary>
    public static Substance Buprenorphine { get; } = ControlledFrom("buprenorphine", "buprenorphine", BuprenorphineControlled, DrugClass.C);

    /// <summary>Nitrous oxide: not controlled, then Class C from 8 November 2023 (Misuse of Drugs Act 1971 (Amendment) Order 2023, SI 2023/1091; Home Office circular 006/2023).</summary>
    public static Substance NitrousOxide { get; } = new("nitrous-oxide", "nitrous oxide", [new(null, null), new(NitrousOxideControlled, DrugClass.C)]);

    /// <summary>Xylazine: not controlled, then Class C from 15 January 2025 (SI 2024/1361; Home Office circular 002/2025).</summary>
    public static Substance Xylazine { get; } = new("xylazine", "xylazine", [new(null, null), new(January2025Order, DrugClass.C)]);

    /// <summary>Every substance in this list: the original nine first (in their original order), then the rest.</summary>
    public static EquatableArray<Substance> All { get; } =
    [
        Cocaine, CrackCocaine, Heroin, Mdma, Cannabis, Ketamine, Ghb, NitrousOxide, Xylazine,
        Lsd, Methadone, Methamphetamine, Psilocin, Morphine, Nitazenes, Ap237,
        CannabisResin, Amphetamine, Barbiturates, Codeine, SyntheticCannabinoids, Cathinones, Gbl, Butanediol,
        Benzodiazepines, AnabolicSteroids, Khat, Bzp,
        Methoxetamine, Methiopropamine, Tramadol, Buprenorphine, Brorphine,
        Butonitazene, Ethyleneoxynitazene, Etodesnitazene, Flunitazene, Isotonitazene, Metodesnitazene, Metonitazene, Protonitazene,
        NDesethylEtonitazene, NDesethylisotonitazene,
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
        [Methoxetamine] = ["mxe"],
        [Methiopropamine] = ["mpa"],
        [Tramadol] = [],
        [Buprenorphine] = ["subutex"],
        [Brorphine] = [],
        [Butonitazene] = [],
        [Ethyleneoxynitazene] = [],
        [Etodesnitazene] = ["etazene"],
        [Flunitazene] = [],
        [Isotonitazene] = [],
        [Metodesnitazene] = ["metazene"],
        [Metonitazene] = [],
        [Protonitazene] = [],
        [NDesethylEtonitazene] = [],
        [NDesethylisotonitazene] = [],
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
        TryFromCode(code, out Substance? substance) ? substance : throw new ArgumentException($"'{SafeText.Quote(code)}' is not a known substance code.", nameof(code));

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
