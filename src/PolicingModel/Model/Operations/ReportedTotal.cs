namespace PolicingModel;

/// <summary>
/// A total that a source reports without itemising it: "55 individuals were arrested, predominantly for possession
/// with intent to supply"; "some of those arrested will have bail conditions prohibiting them from attending
/// carnival". It stands beside itemised records and is never replaced by invented individuals; validation flags
/// itemised records that exceed it.
/// </summary>
/// <remarks>Value equality over all members, including its lists.</remarks>
public sealed record ReportedTotal
{
    /// <summary>Creates a reported total.</summary>
    /// <param name="measure">What it counts.</param>
    /// <param name="count">The figure with its hedge, or null when the source gives no number ("some").</param>
    /// <param name="offences">The offences it is broken down by or limited to, if any.</param>
    /// <param name="predominantOffence">The offence most of the count is for ("predominantly for ..."), if stated; must be one of <paramref name="offences"/> when those are given.</param>
    /// <param name="conditions">For bail measures, the conditions reported for those bailed.</param>
    /// <param name="areas">Where the counted things happened, if stated ("in Catford and in Kensington and Chelsea").</param>
    /// <param name="source">Where the figure was reported.</param>
    /// <param name="offenceGroups">
    /// The offence groups it is limited to, when the source names a group rather than offences ("arrests for
    /// drug-related offences").
    /// </param>
    /// <param name="predominantGroup">
    /// The offence group most of the count is for ("predominantly for drug offences"), if stated; must be one of
    /// <paramref name="offenceGroups"/> when those are given.
    /// </param>
    /// <param name="isProspective">
    /// True when the source says this may happen rather than that it did ("may be bailed with conditions"): the total
    /// is kept and rendered as a possibility, and never counted as an outcome.
    /// </param>
    /// <param name="ages">The ages the total is limited to, when the source breaks it down by age ("12 of those arrested were under 18").</param>
    /// <param name="sex">The sex the total is limited to, when the source breaks it down by sex.</param>
    /// <param name="scope">
    /// The limit the source puts on what it counted, in its words after the noun ("directly connected with the
    /// marches"), so that a rendering repeats it ("No arrests directly connected with the marches were made.").
    /// </param>
    /// <exception cref="ArgumentException">An unset measure, a null in a list, a predominant offence or group not in its list, a repeated group, or conditions on a measure other than bail.</exception>
    public ReportedTotal(
        ReportedMeasure measure,
        ReportedCount? count,
        EquatableArray<SuspectedOffence> offences = default,
        SuspectedOffence? predominantOffence = null,
        EquatableArray<BailCondition> conditions = default,
        EquatableArray<Place> areas = default,
        SourceReference? source = null,
        EquatableArray<OffenceGroup> offenceGroups = default,
        OffenceGroup? predominantGroup = null,
        bool isProspective = false,
        Age? ages = null,
        Sex? sex = null,
        string? scope = null)
    {
        Scope = Preconditions.CheckNullOrNotBlank(scope);
        Measure = Preconditions.CheckDefinedNotDefault(measure);
        Count = count;
        Offences = Preconditions.CheckNoNulls(offences);
        Preconditions.CheckArgument(
            predominantOffence is null || offences.IsEmpty || offences.Contains(predominantOffence),
            nameof(predominantOffence),
            $"{nameof(predominantOffence)} must be one of {nameof(offences)} when they are given.");
        PredominantOffence = predominantOffence;
        Conditions = Preconditions.CheckNoNulls(conditions);
        Preconditions.CheckArgument(
            conditions.IsEmpty || measure == ReportedMeasure.BailedWithConditions,
            nameof(conditions),
            $"{nameof(conditions)} are only allowed on a {ReportedMeasure.BailedWithConditions} total.");
        Areas = Preconditions.CheckNoNulls(areas);
        Source = source;
        foreach (OffenceGroup group in offenceGroups)
        {
            Preconditions.CheckDefinedNotDefault(group, nameof(offenceGroups));
        }
        Preconditions.CheckArgument(offenceGroups.Distinct().Count() == offenceGroups.Length, nameof(offenceGroups), $"{nameof(offenceGroups)} must not repeat a group.");
        OffenceGroups = offenceGroups;
        if (predominantGroup is { } predominant)
        {
            Preconditions.CheckDefinedNotDefault(predominant, nameof(predominantGroup));
            Preconditions.CheckArgument(
                offenceGroups.IsEmpty || offenceGroups.Contains(predominant),
                nameof(predominantGroup),
                $"{nameof(predominantGroup)} must be one of {nameof(offenceGroups)} when they are given.");
        }
        PredominantGroup = predominantGroup;
        IsProspective = isProspective;
        Ages = ages;
        if (sex is { } s)
        {
            Preconditions.CheckDefined(s, nameof(sex));
        }
        Sex = sex;
    }

    /// <summary>What it counts.</summary>
    public ReportedMeasure Measure { get; }

    /// <summary>The figure, or null when the source gives no number.</summary>
    public ReportedCount? Count { get; }

    /// <summary>The offences it is broken down by or limited to.</summary>
    public EquatableArray<SuspectedOffence> Offences { get; }

    /// <summary>The offence most of the count is for, if stated.</summary>
    public SuspectedOffence? PredominantOffence { get; }

    /// <summary>For bail measures, the conditions reported.</summary>
    public EquatableArray<BailCondition> Conditions { get; }

    /// <summary>Where the counted things happened.</summary>
    public EquatableArray<Place> Areas { get; }

    /// <summary>The offence groups the total is limited to, when the source names groups.</summary>
    public EquatableArray<OffenceGroup> OffenceGroups { get; }

    /// <summary>The offence group most of the count is for, if stated.</summary>
    public OffenceGroup? PredominantGroup { get; }

    /// <summary>True when the source says this may happen, not that it did ("may be bailed with conditions").</summary>
    public bool IsProspective { get; }

    /// <summary>The ages the total is limited to, if any.</summary>
    public Age? Ages { get; }

    /// <summary>The sex the total is limited to, if any.</summary>
    public Sex? Sex { get; }

    /// <summary>The limit the source puts on what it counted ("directly connected with the marches"), if any.</summary>
    public string? Scope { get; }

    /// <summary>
    /// True when the total counts only some people by age or sex ("12 of those arrested were under 18"): a part of the
    /// whole, which sums and checks against the whole leave out.
    /// </summary>
    public bool IsPartByPerson => Ages is not null || Sex is not null;

    /// <summary>Where the figure was reported.</summary>
    public SourceReference? Source { get; }
}
