using PolicingModel.Reference;

namespace PolicingModel.Aggregation;

/// <summary>Arrest rates per 1,000 population by ethnicity group, and each group's rate ratio to a reference group; see <see cref="Disproportionality"/>.</summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record DisproportionalityResult
{
    internal DisproportionalityResult(EthnicityGroup referenceGroup, EquatableArray<GroupRate> groups)
    {
        ReferenceGroup = referenceGroup;
        Groups = groups;
    }

    /// <summary>The group the rates are compared with (usually White, as in Home Office publications).</summary>
    public EthnicityGroup ReferenceGroup { get; }

    /// <summary>One line per ethnicity group, in <see cref="EthnicityGroup"/> order, including groups with no arrests or no population.</summary>
    public EquatableArray<GroupRate> Groups { get; }

    /// <summary>The line of <paramref name="group"/>.</summary>
    /// <param name="group">A defined group.</param>
    /// <exception cref="ArgumentOutOfRangeException">The group is undefined.</exception>
    /// <remarks>Immediate; does not allocate.</remarks>
    public GroupRate this[EthnicityGroup group] => Groups[(int)Preconditions.CheckDefined(group)];
}
