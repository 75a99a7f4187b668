using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PolicingModel.Reference;

/// <summary>
/// The stable wire code of every enum value in the model, kept apart from the C# member name so that renaming a member
/// never changes data. Most codes are the member name in kebab case (<c>ReleasedUnderInvestigation</c> is
/// <c>released-under-investigation</c>); official code lists keep their official codes: police forces use the
/// data.police.uk force ids (<c>metropolitan</c>, <c>avon-and-somerset</c>, <c>btp</c>), London boroughs their ONS GSS codes
/// (<c>E09000008</c>), self-defined ethnicity the 18+1 codes (<c>W1</c> … <c>O9</c>, <c>NS</c>), officer-defined
/// ethnicity the IC codes (<c>IC1</c> … <c>IC6</c>, <c>IC9</c>) and drug classes their letters (<c>A</c>, <c>B</c>, <c>C</c>).
/// </summary>
/// <remarks>Lookups are case-sensitive and never allocate. Safe to use from any thread.</remarks>
public static class WireCodes
{
    /// <summary>The wire code of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Codes.TryGetValue(value, out string? code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");

    /// <summary>Finds the value with wire code <paramref name="code"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="code">The code.</param>
    /// <param name="value">The value, when found.</param>
    public static bool TryFromCode<TEnum>(ReadOnlySpan<char> code, out TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Lookup.TryGetValue(code, out value);

    /// <summary>Finds the value with wire code <paramref name="code"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentException">No value has that code.</exception>
    public static TEnum FromCode<TEnum>(string code)
        where TEnum : struct, Enum =>
        TryFromCode(Preconditions.CheckNotNull(code).AsSpan(), out TEnum value)
            ? value
            : throw new ArgumentException($"'{code}' is not a known {typeof(TEnum).Name} code.", nameof(code));

    /// <summary>Every wire code of <typeparamref name="TEnum"/>, in the order of its values.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    public static EquatableArray<string> AllCodes<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.All;

    /// <summary>"ReleasedUnderInvestigation" becomes "released-under-investigation"; "Act1984Section8" becomes "act-1984-section-8".</summary>
    internal static string KebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool boundary = i > 0 && (
                (char.IsUpper(c) && !char.IsUpper(name[i - 1])) ||
                (char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])) ||
                (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if (boundary)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> Codes = Build();
        internal static readonly FrozenDictionary<string, TEnum> ByCode = Codes.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        internal static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        internal static readonly EquatableArray<string> All = Enum.GetValues<TEnum>().Select(v => Codes[v]).ToEquatableArray();

        private static FrozenDictionary<TEnum, string> Build()
        {
            IReadOnlyDictionary<TEnum, string>? official = OfficialCodes.For<TEnum>();
            var codes = new Dictionary<TEnum, string>();
            foreach (TEnum value in Enum.GetValues<TEnum>())
            {
                codes[value] = official is not null ? official[value] : KebabCase(value.ToString());
            }
            return codes.ToFrozenDictionary();
        }
    }
}
