using PolicingModel.Aggregation;
using PolicingModel.Reference;

namespace PolicingModel.Cli;

/// <summary>The dimensions of the <c>breakdown</c> verb by their command-line names, and each cell's value as the contract's wire code.</summary>
internal static class BreakdownColumns
{
    /// <summary>Command-line name, column name, dimension; in the order of <see cref="ArrestDimension"/> (the order of the cells).</summary>
    internal static readonly (string Name, string Column, ArrestDimension Dimension)[] All =
    [
        ("offence-group", "offence_group", ArrestDimension.OffenceGroup),
        ("age-band", "age_band", ArrestDimension.AgeBand),
        ("sex", "sex", ArrestDimension.Sex),
        ("ethnicity", "ethnicity_group", ArrestDimension.EthnicityGroup),
        ("officer-ethnicity", "officer_defined_ethnicity_group", ArrestDimension.OfficerDefinedEthnicityGroup),
        ("home-area", "home_area", ArrestDimension.HomeArea),
        ("force", "force", ArrestDimension.Force),
        ("outcome", "outcome", ArrestDimension.Outcome),
    ];

    /// <summary>The dimensions named in a comma-separated list, or null with the reason.</summary>
    internal static ArrestDimension? Parse(string list, out string? problem)
    {
        ArrestDimension dimensions = ArrestDimension.None;
        foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int found = Array.FindIndex(All, c => c.Name == name);
            if (found < 0)
            {
                problem = $"unknown dimension '{name}'; expected {string.Join(", ", All.Select(c => c.Name))}";
                return null;
            }
            dimensions |= All[found].Dimension;
        }
        const ArrestDimension both = ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup;
        if ((dimensions & both) == both)
        {
            problem = "ethnicity and officer-ethnicity are never combined in one breakdown";
            return null;
        }
        problem = null;
        return dimensions;
    }

    /// <summary>The columns of a breakdown by <paramref name="dimensions"/>, in cell order.</summary>
    internal static (string Name, string Column, ArrestDimension Dimension)[] Of(ArrestDimension dimensions) =>
        [.. All.Where(c => (dimensions & c.Dimension) != 0)];

    /// <summary>The wire code of a key's value in one dimension (home areas as <c>borough:code</c>, <c>force:code</c> or <c>unknown</c>).</summary>
    internal static string ValueOf(ArrestBreakdownKey key, ArrestDimension dimension) => dimension switch
    {
        ArrestDimension.OffenceGroup => WireCodes.ToCode(key.OffenceGroup!.Value),
        ArrestDimension.AgeBand => WireCodes.ToCode(key.AgeBand!.Value),
        ArrestDimension.Sex => WireCodes.ToCode(key.Sex!.Value),
        ArrestDimension.EthnicityGroup => WireCodes.ToCode(key.EthnicityGroup!.Value),
        ArrestDimension.OfficerDefinedEthnicityGroup => WireCodes.ToCode(key.OfficerDefinedEthnicityGroup!.Value),
        ArrestDimension.HomeArea => AreaCode(key.HomeArea!.Value),
        ArrestDimension.Force => WireCodes.ToCode(key.Force!.Value),
        _ => WireCodes.ToCode(key.Outcome!.Value),
    };

    private static string AreaCode(AreaKey area) =>
        area.Borough is { } borough ? "borough:" + WireCodes.ToCode(borough)
        : area.ForceArea is { } force ? "force:" + WireCodes.ToCode(force)
        : "unknown";
}
