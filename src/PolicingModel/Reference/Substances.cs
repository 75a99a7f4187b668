using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PolicingModel.Reference;

/// <summary>
/// Controlled substances with their classification history under the Misuse of Drugs Act 1971 as amended. Sources:
/// MDA 1971 Sch.2; Home Office circulars 001/2022 (GHB, GBL, 1,4-BD to Class B from 13 April 2022), 006/2023 (nitrous
/// oxide to Class C from 8 November 2023), 002/2025 (xylazine Class C and nitazenes Class A from 15 January 2025).
/// </summary>
/// <remarks>
/// A substance's first step has no date: it means "in this class since before any date this library covers".
/// Earlier moves that the library does not yet date (for example methylamphetamine's move from B to A in 2007) are
/// not modelled; a date before the first dated step gets the first step's class.
/// </remarks>
public static class Substances
{
    private static readonly LocalDate GhbReclassified = new(2022, 4, 13);
    private static readonly LocalDate NitrousOxideControlled = new(2023, 11, 8);
    private static readonly LocalDate January2025Order = new(2025, 1, 15);

    private static Substance Always(string code, string name, DrugClass drugClass) => new(code, name, [new DrugClassification(null, drugClass)]);

    /// <summary>Cocaine (Class A).</summary>
    public static Substance Cocaine { get; } = Always("cocaine", "cocaine", DrugClass.A);

    /// <summary>Crack cocaine (Class A).</summary>
    public static Substance CrackCocaine { get; } = Always("crack-cocaine", "crack cocaine", DrugClass.A);

    /// <summary>Heroin, diamorphine (Class A).</summary>
    public static Substance Heroin { get; } = Always("heroin", "heroin", DrugClass.A);

    /// <summary>MDMA, ecstasy (Class A).</summary>
    public static Substance Mdma { get; } = Always("mdma", "MDMA", DrugClass.A);

    /// <summary>Cannabis, herbal (Class B).</summary>
    public static Substance Cannabis { get; } = Always("cannabis", "cannabis", DrugClass.B);

    /// <summary>Ketamine (Class B since 10 June 2014; earlier history not modelled).</summary>
    public static Substance Ketamine { get; } = Always("ketamine", "ketamine", DrugClass.B);

    /// <summary>GHB: Class C, then Class B from 13 April 2022.</summary>
    public static Substance Ghb { get; } = new("ghb", "GHB", [new(null, DrugClass.C), new(GhbReclassified, DrugClass.B)]);

    /// <summary>Nitrous oxide: not controlled, then Class C from 8 November 2023.</summary>
    public static Substance NitrousOxide { get; } = new("nitrous-oxide", "nitrous oxide", [new(null, null), new(NitrousOxideControlled, DrugClass.C)]);

    /// <summary>Xylazine: not controlled, then Class C from 15 January 2025.</summary>
    public static Substance Xylazine { get; } = new("xylazine", "xylazine", [new(null, null), new(January2025Order, DrugClass.C)]);

    /// <summary>Every substance in this list, in declaration order.</summary>
    public static EquatableArray<Substance> All { get; } = [Cocaine, CrackCocaine, Heroin, Mdma, Cannabis, Ketamine, Ghb, NitrousOxide, Xylazine];

    private static readonly FrozenDictionary<string, Substance> ByCode = All.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);

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
}
