namespace PolicingModel.Aggregation;

/// <summary>
/// The dimensions an <see cref="ArrestBreakdown"/> can split arrests by, combined as flags: a breakdown "by offence
/// group and age band" is <c>ArrestDimension.OffenceGroup | ArrestDimension.AgeBand</c>. <see cref="None"/> is the
/// breakdown with one cell, the total.
/// </summary>
/// <remarks>
/// Every dimension is a small closed code list, so a breakdown is a dense grid of cells. Self-defined and
/// officer-defined ethnicity are separate dimensions and are never combined in one breakdown: the constructors of
/// <see cref="ArrestBreakdownAccumulator"/> and <see cref="ArrestBreakdownKey"/> reject a set that holds both.
/// </remarks>
[Flags]
public enum ArrestDimension
{
    /// <summary>No split: one cell holding the total.</summary>
    None = 0,

    /// <summary>The Home Office offence group of the principal offence (<see cref="Arrest.PrincipalOffence"/>).</summary>
    OffenceGroup = 1 << 0,

    /// <summary>The Home Office age band of the arrested person (<see cref="Reference.AgeBands.Of"/>).</summary>
    AgeBand = 1 << 1,

    /// <summary>The arrested person's sex.</summary>
    Sex = 1 << 2,

    /// <summary>The five-group rollup of the person's self-defined ethnicity (the basis of published statistics).</summary>
    EthnicityGroup = 1 << 3,

    /// <summary>The five-group rollup of the officer-defined ethnicity; never combined with <see cref="EthnicityGroup"/>.</summary>
    OfficerDefinedEthnicityGroup = 1 << 4,

    /// <summary>The person's home area as an <see cref="AreaKey"/>: London borough when known, else force area, else unknown.</summary>
    HomeArea = 1 << 5,

    /// <summary>The arresting force.</summary>
    Force = 1 << 6,

    /// <summary>The kind of outcome, as an <see cref="ArrestOutcomeKind"/>.</summary>
    Outcome = 1 << 7,
}
