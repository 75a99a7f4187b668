using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace PolicingModel.Reference;

/// <summary>
/// The stable wire code of every enum value in the model, declared on each member beside its C# name, so that renaming
/// a member never changes data. Codes are lower kebab case (<c>released-under-investigation</c>), except that official
/// code lists keep their official codes: police forces use the data.police.uk force ids (<c>metropolitan</c>,
/// <c>avon-and-somerset</c>, <c>btp</c>), London boroughs their ONS GSS codes (<c>E09000008</c>), self-defined ethnicity
/// the 18+1 codes (<c>W1</c> … <c>O9</c>, <c>NS</c>), officer-defined ethnicity the IC codes (<c>IC1</c> … <c>IC6</c>,
/// <c>IC9</c>) and drug classes their letters (<c>A</c>, <c>B</c>, <c>C</c>).
/// </summary>
/// <remarks>
/// Lookups are case-sensitive and never allocate. Safe to use from any thread. An enum that is not written anywhere
/// (a rule's status, a set of breakdown dimensions) has no wire codes, and asking for them is an
/// <see cref="InvalidOperationException"/>.
/// </remarks>
public static class WireCodes
{
    /// <summary>The wire code of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToCode<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Codes.TryGetValue(value, out string? code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");

    /// <summary>Finds the value with wire code <paramref name="code"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="code">The code.</param>
    /// <param name="value">The value, when found.</param>
    public static bool TryFromCode<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ReadOnlySpan<char> code, out TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Lookup.TryGetValue(code, out value);

    /// <summary>Finds the value with wire code <paramref name="code"/>.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentException">No value has that code.</exception>
    public static TEnum FromCode<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string code)
        where TEnum : struct, Enum =>
        TryFromCode(Preconditions.CheckNotNull(code).AsSpan(), out TEnum value)
            ? value
            : throw new ArgumentException($"'{SafeText.Quote(code)}' is not a known {typeof(TEnum).Name} code.", nameof(code));

    /// <summary>Every wire code of <typeparamref name="TEnum"/>, in the order of its values.</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    public static EquatableArray<string> AllCodes<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.All;

    // NodaTime's days of the week (curfew days), whose members cannot carry attributes of ours.
    private static readonly Dictionary<IsoDayOfWeek, string> DaysOfWeek = new()
    {
        [IsoDayOfWeek.None] = "none",
        [IsoDayOfWeek.Monday] = "monday",
        [IsoDayOfWeek.Tuesday] = "tuesday",
        [IsoDayOfWeek.Wednesday] = "wednesday",
        [IsoDayOfWeek.Thursday] = "thursday",
        [IsoDayOfWeek.Friday] = "friday",
        [IsoDayOfWeek.Saturday] = "saturday",
        [IsoDayOfWeek.Sunday] = "sunday",
    };

    private static class Table<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> Codes = Build();
        internal static readonly FrozenDictionary<string, TEnum> ByCode = Codes.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        internal static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        internal static readonly EquatableArray<string> All = Enum.GetValues<TEnum>().Select(v => Codes[v]).ToEquatableArray();

        private static FrozenDictionary<TEnum, string> Build()
        {
            if (typeof(TEnum) == typeof(IsoDayOfWeek))
            {
                return ((Dictionary<TEnum, string>)(object)DaysOfWeek).ToFrozenDictionary();
            }
            var codes = new Dictionary<TEnum, string>();
            foreach (FieldInfo field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                string code = field.GetCustomAttribute<WireCodeAttribute>()?.Code
                    ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no wire code: {typeof(TEnum).Name} is not written anywhere, or its member lacks [WireCode].");
                codes.Add((TEnum)field.GetValue(null)!, code);
            }
            return codes.ToFrozenDictionary();
        }
    }
}
