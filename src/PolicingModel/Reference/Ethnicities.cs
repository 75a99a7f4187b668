using System.Collections.Frozen;

namespace PolicingModel.Reference;

/// <summary>
/// Display names and codes of the two ethnicity classifications, which stay separate types and are never mixed:
/// self-defined (<see cref="SelfDefinedEthnicity"/>, the 18+1 codes W1 … O9 and NS from the 2011 census, CJS data
/// standards) and officer-defined (<see cref="OfficerDefinedEthnicity"/>, the IC codes IC1 … IC6 and IC9). Both roll up
/// to the five published groups through <see cref="EthnicityGroups"/>.
/// </summary>
/// <remarks>
/// Self-defined display names use the 2011 census wording as data.police.uk writes it ("White -
/// English/Welsh/Scottish/Northern Irish/British"), with an ASCII hyphen between the group and the category.
/// Officer-defined names follow the IC code descriptions of the domain notes, with the same hyphen. Codes are those of
/// <see cref="WireCodes"/> and are case-sensitive. The older 16+1 set (O1 Chinese, no W3 or O2) and the census 2021
/// "Roma" category, which has no police code, are not modelled.
/// </remarks>
public static class Ethnicities
{
    private static readonly FrozenDictionary<string, SelfDefinedEthnicity> SelfDefinedByName =
        Enum.GetValues<SelfDefinedEthnicity>().ToFrozenDictionary(NameOf, e => e, StringComparer.OrdinalIgnoreCase);

    /// <summary>The census display name of <paramref name="ethnicity"/>, such as "Black/African/Caribbean/Black British - African".</summary>
    /// <param name="ethnicity">A defined self-defined ethnicity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static string NameOf(SelfDefinedEthnicity ethnicity) => ethnicity switch
    {
        SelfDefinedEthnicity.NotStated => "Not stated",
        SelfDefinedEthnicity.WhiteBritish => "White - English/Welsh/Scottish/Northern Irish/British",
        SelfDefinedEthnicity.WhiteIrish => "White - Irish",
        SelfDefinedEthnicity.WhiteGypsyOrIrishTraveller => "White - Gypsy or Irish Traveller",
        SelfDefinedEthnicity.WhiteOther => "White - Any other White background",
        SelfDefinedEthnicity.MixedWhiteAndBlackCaribbean => "Mixed/Multiple ethnic groups - White and Black Caribbean",
        SelfDefinedEthnicity.MixedWhiteAndBlackAfrican => "Mixed/Multiple ethnic groups - White and Black African",
        SelfDefinedEthnicity.MixedWhiteAndAsian => "Mixed/Multiple ethnic groups - White and Asian",
        SelfDefinedEthnicity.MixedOther => "Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background",
        SelfDefinedEthnicity.AsianIndian => "Asian/Asian British - Indian",
        SelfDefinedEthnicity.AsianPakistani => "Asian/Asian British - Pakistani",
        SelfDefinedEthnicity.AsianBangladeshi => "Asian/Asian British - Bangladeshi",
        SelfDefinedEthnicity.AsianChinese => "Asian/Asian British - Chinese",
        SelfDefinedEthnicity.AsianOther => "Asian/Asian British - Any other Asian background",
        SelfDefinedEthnicity.BlackCaribbean => "Black/African/Caribbean/Black British - Caribbean",
        SelfDefinedEthnicity.BlackAfrican => "Black/African/Caribbean/Black British - African",
        SelfDefinedEthnicity.BlackOther => "Black/African/Caribbean/Black British - Any other Black/African/Caribbean background",
        SelfDefinedEthnicity.Arab => "Other ethnic group - Arab",
        SelfDefinedEthnicity.OtherEthnicGroup => "Other ethnic group - Any other ethnic group",
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, $"Undefined {nameof(SelfDefinedEthnicity)}."),
    };

    /// <summary>The display name of <paramref name="ethnicity"/>, such as "White - North European".</summary>
    /// <param name="ethnicity">A defined officer-defined ethnicity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static string NameOf(OfficerDefinedEthnicity ethnicity) => ethnicity switch
    {
        OfficerDefinedEthnicity.Unknown => "Unknown",
        OfficerDefinedEthnicity.WhiteNorthEuropean => "White - North European",
        OfficerDefinedEthnicity.WhiteSouthEuropean => "White - South European",
        OfficerDefinedEthnicity.Black => "Black",
        OfficerDefinedEthnicity.Asian => "Asian (Indian subcontinent)",
        OfficerDefinedEthnicity.ChineseJapaneseOrSouthEastAsian => "Chinese, Japanese or other South-East Asian",
        OfficerDefinedEthnicity.ArabOrNorthAfrican => "Arab or North African",
        _ => throw new ArgumentOutOfRangeException(nameof(ethnicity), ethnicity, $"Undefined {nameof(OfficerDefinedEthnicity)}."),
    };

    /// <summary>The published group of a self-defined ethnicity (same as <see cref="EthnicityGroups.Of(SelfDefinedEthnicity)"/>).</summary>
    /// <param name="ethnicity">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static EthnicityGroup GroupOf(SelfDefinedEthnicity ethnicity) => EthnicityGroups.Of(ethnicity);

    /// <summary>The published group of an officer-defined ethnicity (same as <see cref="EthnicityGroups.Of(OfficerDefinedEthnicity)"/>).</summary>
    /// <param name="ethnicity">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static EthnicityGroup GroupOf(OfficerDefinedEthnicity ethnicity) => EthnicityGroups.Of(ethnicity);

    /// <summary>The 18+1 code of <paramref name="ethnicity"/>, such as <c>W1</c> or <c>NS</c>.</summary>
    /// <param name="ethnicity">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static string CodeOf(SelfDefinedEthnicity ethnicity) => WireCodes.ToCode(ethnicity);

    /// <summary>The IC code of <paramref name="ethnicity"/>, such as <c>IC3</c>.</summary>
    /// <param name="ethnicity">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined.</exception>
    public static string CodeOf(OfficerDefinedEthnicity ethnicity) => WireCodes.ToCode(ethnicity);

    /// <summary>Finds a self-defined ethnicity by its 18+1 code (<c>W1</c> … <c>O9</c>, <c>NS</c>). An IC code is never accepted.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="ethnicity">The value, when found.</param>
    public static bool TryFromSelfDefinedCode(string? code, out SelfDefinedEthnicity ethnicity)
    {
        ethnicity = default;
        return code is not null && WireCodes.TryFromCode(code.AsSpan(), out ethnicity);
    }

    /// <summary>Finds an officer-defined ethnicity by its IC code (<c>IC1</c> … <c>IC6</c>, <c>IC9</c>). An 18+1 code is never accepted.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="ethnicity">The value, when found.</param>
    public static bool TryFromOfficerDefinedCode(string? code, out OfficerDefinedEthnicity ethnicity)
    {
        ethnicity = default;
        return code is not null && WireCodes.TryFromCode(code.AsSpan(), out ethnicity);
    }

    /// <summary>Finds a self-defined ethnicity by its 18+1 code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No self-defined ethnicity has that code.</exception>
    public static SelfDefinedEthnicity FromSelfDefinedCode(string code) => WireCodes.FromCode<SelfDefinedEthnicity>(code);

    /// <summary>Finds an officer-defined ethnicity by its IC code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No officer-defined ethnicity has that code.</exception>
    public static OfficerDefinedEthnicity FromOfficerDefinedCode(string code) => WireCodes.FromCode<OfficerDefinedEthnicity>(code);

    /// <summary>
    /// Finds a self-defined ethnicity by its census display name (<see cref="NameOf(SelfDefinedEthnicity)"/>), ignoring
    /// case, as in data.police.uk's <c>self_defined_ethnicity</c> field.
    /// </summary>
    /// <param name="name">The display name.</param>
    /// <param name="ethnicity">The value, when found.</param>
    public static bool TryFromSelfDefinedName(string? name, out SelfDefinedEthnicity ethnicity)
    {
        ethnicity = default;
        return name is not null && SelfDefinedByName.TryGetValue(name.Trim(), out ethnicity);
    }
}
