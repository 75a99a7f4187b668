using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>
/// Disproportionality of arrests by ethnicity, as the Home Office reports it: the arrest rate per 1,000 population of
/// each ethnicity group, and the ratio of each group's rate to a reference group's (White by default), with a 95%
/// confidence interval. Population figures come from the caller; the library holds none.
/// </summary>
/// <remarks>
/// <para>
/// For a group with <c>a</c> arrests and population <c>n1</c>, and the reference group with <c>c</c> arrests and
/// population <c>n2</c>: the rate per 1,000 is <c>1000·a/n1</c>; the relative rate ratio is
/// <c>RR = (a/n1) / (c/n2)</c>; its 95% confidence interval is by the <b>Katz log method</b> (Katz, Baptista, Azen and
/// Pike, 1978): <c>SE(ln RR) = √(1/a − 1/n1 + 1/c − 1/n2)</c> and <c>CI = exp(ln RR ± 1.96·SE)</c>, 1.96 being the
/// two-sided 95% point of the normal distribution rounded as is usual. The method treats each count as a share of its
/// population, so it needs <c>0 &lt; a ≤ n1</c> and <c>0 &lt; c ≤ n2</c>.
/// </para>
/// <para>
/// Nothing is ever divided by zero and no result is NaN or infinite: a missing or zero population, a zero count, or a
/// count above its population gives null figures and a <see cref="GroupRateStatus"/> saying why.
/// </para>
/// </remarks>
public static class Disproportionality
{
    /// <summary>The normal quantile used for the 95% interval.</summary>
    public const double Z95 = 1.96;

    /// <summary>Rates and rate ratios from a breakdown that has one ethnicity dimension.</summary>
    /// <param name="breakdown">
    /// A breakdown with exactly one of <see cref="ArrestDimension.EthnicityGroup"/> (self-defined, the basis of
    /// published statistics) or <see cref="ArrestDimension.OfficerDefinedEthnicityGroup"/>; other dimensions are summed over.
    /// </param>
    /// <param name="population">The population of each group.</param>
    /// <param name="referenceGroup">The group to compare with.</param>
    /// <returns>One line per ethnicity group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> or <paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException">The breakdown has no ethnicity dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceGroup"/> is undefined.</exception>
    /// <remarks>Immediate. Allocates the result (and a collapsed breakdown when it has other dimensions).</remarks>
    /// <example>
    /// <code>
    /// ArrestBreakdown byEthnicity = ArrestBreakdown.Of(arrests, ArrestDimension.EthnicityGroup);
    /// PopulationByEthnicity population = PopulationByEthnicity.Create(new Dictionary&lt;EthnicityGroup, long&gt;
    /// {
    ///     [EthnicityGroup.White] = 4_731_000, [EthnicityGroup.Black] = 1_188_000, // the caller's own figures
    /// });
    /// DisproportionalityResult result = Disproportionality.Calculate(byEthnicity, population, EthnicityGroup.White);
    /// GroupRate black = result[EthnicityGroup.Black];   // RatePer1000, RateRatio, ConfidenceInterval95, Status
    /// </code>
    /// </example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static DisproportionalityResult Calculate(ArrestBreakdown breakdown, PopulationByEthnicity population, EthnicityGroup referenceGroup = EthnicityGroup.White)
    {
        Preconditions.CheckNotNull(breakdown);
        ArrestDimension ethnicity = breakdown.Dimensions & (ArrestDimension.EthnicityGroup | ArrestDimension.OfficerDefinedEthnicityGroup);
        Preconditions.CheckArgument(
            ethnicity != ArrestDimension.None,
            nameof(breakdown),
            $"{nameof(breakdown)} must have an {nameof(ArrestDimension.EthnicityGroup)} or {nameof(ArrestDimension.OfficerDefinedEthnicityGroup)} dimension; it has {breakdown.Dimensions}.");
        long[] counts = new long[(int)EthnicityGroup.Other + 1];
        foreach (ArrestBreakdownCell cell in breakdown.Collapse(ethnicity).Cells)
        {
            EthnicityGroup group = cell.Key.EthnicityGroup ?? cell.Key.OfficerDefinedEthnicityGroup!.Value;
            counts[(int)group] += cell.Count;
        }
        return Calculate(counts, population, referenceGroup);
    }

    /// <summary>Rates and rate ratios from arrest counts by ethnicity group.</summary>
    /// <param name="arrests">Arrests per group; a group not present has none.</param>
    /// <param name="population">The population of each group.</param>
    /// <param name="referenceGroup">The group to compare with.</param>
    /// <returns>One line per ethnicity group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrests"/> or <paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group is undefined, or a count is negative.</exception>
    /// <remarks>Immediate: enumerates <paramref name="arrests"/> once. Allocates the result.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static DisproportionalityResult Calculate(IReadOnlyDictionary<EthnicityGroup, long> arrests, PopulationByEthnicity population, EthnicityGroup referenceGroup = EthnicityGroup.White)
    {
        Preconditions.CheckNotNull(arrests);
        long[] counts = new long[(int)EthnicityGroup.Other + 1];
        foreach ((EthnicityGroup group, long count) in arrests)
        {
            Preconditions.CheckDefined(group, nameof(arrests));
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(arrests), count, $"The arrest count of {group} must not be negative.");
            }
            counts[(int)group] = count;
        }
        return Calculate(counts, population, referenceGroup);
    }

    private static DisproportionalityResult Calculate(long[] counts, PopulationByEthnicity population, EthnicityGroup referenceGroup)
    {
        Preconditions.CheckNotNull(population);
        Preconditions.CheckDefined(referenceGroup);
        long c = counts[(int)referenceGroup];
        long? n2 = population[referenceGroup];
        var lines = new GroupRate[counts.Length];
        foreach (EthnicityGroup group in Enum.GetValues<EthnicityGroup>())
        {
            lines[(int)group] = Line(group, counts[(int)group], population[group], referenceGroup, c, n2);
        }
        return new DisproportionalityResult(referenceGroup, EquatableArray.Create<GroupRate>(lines));
    }

    private static GroupRate Line(EthnicityGroup group, long a, long? n1, EthnicityGroup referenceGroup, long c, long? n2)
    {
        if (n1 is not { } population)
        {
            return new GroupRate(group, a, null, null, null, null, GroupRateStatus.NoPopulation);
        }
        if (population == 0)
        {
            return new GroupRate(group, a, population, null, null, null, GroupRateStatus.ZeroPopulation);
        }
        double rate = 1000.0 * a / population;
        if (group == referenceGroup)
        {
            return c == 0
                ? new GroupRate(group, a, population, rate, null, null, GroupRateStatus.ReferenceZeroCount)
                : new GroupRate(group, a, population, rate, 1.0, null, GroupRateStatus.ReferenceGroup);
        }
        if (n2 is not { } referencePopulation || referencePopulation == 0)
        {
            return new GroupRate(group, a, population, rate, null, null, GroupRateStatus.ReferenceRateUnavailable);
        }
        if (c == 0)
        {
            return new GroupRate(group, a, population, rate, null, null, GroupRateStatus.ReferenceZeroCount);
        }
        double ratio = ((double)a / population) / ((double)c / referencePopulation);
        if (a == 0)
        {
            return new GroupRate(group, a, population, rate, 0.0, null, GroupRateStatus.ZeroCount);
        }
        if (a > population || c > referencePopulation)
        {
            return new GroupRate(group, a, population, rate, ratio, null, GroupRateStatus.CountExceedsPopulation);
        }
        double se = Math.Sqrt((1.0 / a) - (1.0 / population) + (1.0 / c) - (1.0 / referencePopulation));
        double log = Math.Log(ratio);
        var interval = new ConfidenceInterval(Math.Exp(log - (Z95 * se)), Math.Exp(log + (Z95 * se)));
        return new GroupRate(group, a, population, rate, ratio, interval, GroupRateStatus.Ok);
    }
}
