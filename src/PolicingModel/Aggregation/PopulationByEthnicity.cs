using System.Globalization;
using System.Text;
using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// Population figures by ethnicity group, supplied by the caller (for example from the census for a force area), as
/// the denominators of <see cref="Disproportionality"/>. The library ships no population data and reads none.
/// </summary>
/// <remarks>
/// Equality compares the figures. A group may have no figure (it is then reported as
/// <see cref="GroupRateStatus.NoPopulation"/>, never treated as zero), and a figure may be zero.
/// </remarks>
public sealed record PopulationByEthnicity
{
    private const long NotGiven = -1;

    // One slot per EthnicityGroup value; NotGiven where the caller gave no figure.
    private readonly EquatableArray<long> figures;

    private PopulationByEthnicity(EquatableArray<long> figures) => this.figures = figures;

    /// <summary>The groups that have a figure, in <see cref="EthnicityGroup"/> order.</summary>
    public EquatableArray<EthnicityGroup> Groups =>
        Enum.GetValues<EthnicityGroup>().Where(group => figures[(int)group] != NotGiven).ToEquatableArray();

    /// <summary>The population of <paramref name="group"/>, or null when no figure was given.</summary>
    /// <param name="group">A defined group.</param>
    /// <exception cref="ArgumentOutOfRangeException">The group is undefined.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public long? this[EthnicityGroup group] =>
        figures[(int)Preconditions.CheckDefined(group)] is var figure && figure != NotGiven ? figure : null;

    /// <summary>Creates population figures.</summary>
    /// <param name="figures">Each group at most once, with a population of zero or more.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group is undefined or a population is negative.</exception>
    /// <exception cref="ArgumentException">A group appears more than once.</exception>
    /// <remarks>Immediate: enumerates <paramref name="figures"/> once. Allocates the result.</remarks>
    public static PopulationByEthnicity Create(IEnumerable<KeyValuePair<EthnicityGroup, long>> figures)
    {
        Preconditions.CheckNotNull(figures);
        long[] slots = new long[(int)EthnicityGroup.Other + 1];
        Array.Fill(slots, NotGiven);
        foreach ((EthnicityGroup group, long population) in figures)
        {
            Preconditions.CheckDefined(group, nameof(figures));
            if (population < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(figures), population, $"The population of {group} must not be negative.");
            }
            Preconditions.CheckArgument(slots[(int)group] == NotGiven, nameof(figures), $"{nameof(figures)} gives {group} more than once.");
            slots[(int)group] = population;
        }
        return new PopulationByEthnicity(EquatableArray.Create<long>(slots));
    }

    private bool PrintMembers(StringBuilder builder)
    {
        bool first = true;
        foreach (EthnicityGroup group in Enum.GetValues<EthnicityGroup>())
        {
            if (this[group] is { } population)
            {
                builder.Append(first ? "" : ", ").Append(group).Append(" = ").Append(population.ToString(CultureInfo.InvariantCulture));
                first = false;
            }
        }
        return true;
    }
}
