using System.Collections.Frozen;
using System.Text;

namespace PolicingModel.Reference;

/// <summary>
/// The 33 London local authority areas (32 London boroughs and the City of London) with their ONS GSS codes
/// (<c>E09000001</c>–<c>E09000033</c>, alphabetical after the City), Met BCUs and forces. Source: ONS GSS register as
/// given in the domain notes.
/// </summary>
/// <remarks>Safe to use from any thread.</remarks>
public static class LondonBoroughs
{
    /// <summary>Every borough, in GSS code order.</summary>
    public static EquatableArray<LondonBoroughInfo> All { get; } =
        Enum.GetValues<LondonBorough>().Select(b => new LondonBoroughInfo(b, NameOf(b))).ToEquatableArray();

    private static readonly FrozenDictionary<LondonBorough, LondonBoroughInfo> ByBorough = All.ToFrozenDictionary(i => i.Borough);

    private static readonly FrozenDictionary<string, LondonBorough> ByName = BuildNameTable();

    /// <summary>The reference facts for <paramref name="borough"/>.</summary>
    /// <param name="borough">A defined borough.</param>
    /// <exception cref="ArgumentOutOfRangeException">The borough is unset or undefined.</exception>
    public static LondonBoroughInfo Info(LondonBorough borough) =>
        ByBorough.TryGetValue(borough, out LondonBoroughInfo? info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(borough), borough, $"{borough} is not a defined {nameof(LondonBorough)} value.");

    /// <summary>The borough with ONS GSS code <paramref name="gssCode"/>, such as <c>E09000020</c> (case-sensitive, as ONS writes it).</summary>
    /// <param name="gssCode">The code.</param>
    /// <param name="borough">The borough, when found.</param>
    public static bool TryFromGssCode(string? gssCode, out LondonBorough borough)
    {
        borough = default;
        return gssCode is not null && WireCodes.TryFromCode(gssCode.AsSpan(), out borough);
    }

    /// <summary>The borough with ONS GSS code <paramref name="gssCode"/>.</summary>
    /// <param name="gssCode">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gssCode"/> is null.</exception>
    /// <exception cref="ArgumentException">No borough has that code.</exception>
    public static LondonBorough FromGssCode(string gssCode) =>
        TryFromGssCode(Preconditions.CheckNotNull(gssCode), out LondonBorough borough)
            ? borough
            : throw new ArgumentException($"'{SafeText.Quote(gssCode)}' is not a London borough GSS code.", nameof(gssCode));

    /// <summary>
    /// Finds a borough by name, ignoring case, surrounding and repeated white space, "&amp;" for "and", and a leading
    /// "London Borough of" or "Royal Borough of": "Kensington and Chelsea", "kensington &amp; chelsea" and "Royal Borough
    /// of Kensington and Chelsea" all match. "Kingston" and "Richmond" (as the BCU lists write them) and "the City" are
    /// accepted for Kingston upon Thames, Richmond upon Thames and the City of London.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="borough">The borough, when found.</param>
    public static bool TryFromName(string? name, out LondonBorough borough)
    {
        borough = default;
        return name is not null && ByName.TryGetValue(Normalise(name), out borough);
    }

    private static string NameOf(LondonBorough borough) => borough switch
    {
        LondonBorough.CityOfLondon => "City of London",
        LondonBorough.BarkingAndDagenham => "Barking and Dagenham",
        LondonBorough.Barnet => "Barnet",
        LondonBorough.Bexley => "Bexley",
        LondonBorough.Brent => "Brent",
        LondonBorough.Bromley => "Bromley",
        LondonBorough.Camden => "Camden",
        LondonBorough.Croydon => "Croydon",
        LondonBorough.Ealing => "Ealing",
        LondonBorough.Enfield => "Enfield",
        LondonBorough.Greenwich => "Greenwich",
        LondonBorough.Hackney => "Hackney",
        LondonBorough.HammersmithAndFulham => "Hammersmith and Fulham",
        LondonBorough.Haringey => "Haringey",
        LondonBorough.Harrow => "Harrow",
        LondonBorough.Havering => "Havering",
        LondonBorough.Hillingdon => "Hillingdon",
        LondonBorough.Hounslow => "Hounslow",
        LondonBorough.Islington => "Islington",
        LondonBorough.KensingtonAndChelsea => "Kensington and Chelsea",
        LondonBorough.KingstonUponThames => "Kingston upon Thames",
        LondonBorough.Lambeth => "Lambeth",
        LondonBorough.Lewisham => "Lewisham",
        LondonBorough.Merton => "Merton",
        LondonBorough.Newham => "Newham",
        LondonBorough.Redbridge => "Redbridge",
        LondonBorough.RichmondUponThames => "Richmond upon Thames",
        LondonBorough.Southwark => "Southwark",
        LondonBorough.Sutton => "Sutton",
        LondonBorough.TowerHamlets => "Tower Hamlets",
        LondonBorough.WalthamForest => "Waltham Forest",
        LondonBorough.Wandsworth => "Wandsworth",
        LondonBorough.Westminster => "Westminster",
        _ => throw new ArgumentOutOfRangeException(nameof(borough), borough, "Undefined borough."),
    };

    private static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (string word in name.Replace("&", " and ", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(word.ToLowerInvariant());
        }
        string text = builder.ToString();
        foreach (string prefix in (string[])["london borough of ", "royal borough of "])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }
        return text;
    }

    private static FrozenDictionary<string, LondonBorough> BuildNameTable()
    {
        var table = All.ToDictionary(i => Normalise(i.Name), i => i.Borough, StringComparer.Ordinal);
        table.Add("kingston", LondonBorough.KingstonUponThames);
        table.Add("richmond", LondonBorough.RichmondUponThames);
        table.Add("the city", LondonBorough.CityOfLondon);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
