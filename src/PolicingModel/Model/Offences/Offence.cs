namespace PolicingModel;

/// <summary>
/// An offence as defined in law: statute, title, offence group for published statistics and maximum sentence.
/// The library ships those seen in policing operations in <c>PolicingModel.Reference.Offences</c>.
/// </summary>
/// <remarks>
/// Value equality over all members. A few grounds of arrest that are not offences (breach of bail conditions, a
/// warrant) are listed the same way so that an arrest can cite them; <see cref="Kind"/> and <see cref="IsOffence"/>
/// mark them, and they carry no maximum sentence, no drug class and the group <see cref="OffenceGroup.Other"/>.
/// </remarks>
public sealed record Offence
{
    /// <summary>Creates an offence definition.</summary>
    /// <param name="code">Stable wire code, such as <c>concerned-in-supply</c>.</param>
    /// <param name="title">Its title, phrased to follow "on suspicion of", such as "being concerned in the supply of a controlled drug".</param>
    /// <param name="legislation">The statute and section, such as "Misuse of Drugs Act 1971 s.4(3)(b)".</param>
    /// <param name="group">The Home Office offence group.</param>
    /// <param name="takesDrugClass">True when the offence is about a controlled drug, so a suspected offence may state the class.</param>
    /// <param name="maximumSentences">Maximum sentences on indictment, one for all cases or one per drug class.</param>
    /// <param name="cjsCode">An official CJS offence code, if one is known (optional; never the only key).</param>
    /// <param name="kind">An offence (the default), or a ground of arrest that is not an offence.</param>
    /// <exception cref="ArgumentException">
    /// A malformed code, blank text, undefined group or kind, or a ground that is not an offence with a drug class, a
    /// maximum sentence or a group other than <see cref="OffenceGroup.Other"/>.
    /// </exception>
    public Offence(
        string code,
        string title,
        string legislation,
        OffenceGroup group,
        bool takesDrugClass = false,
        EquatableArray<MaximumSentence> maximumSentences = default,
        string? cjsCode = null,
        ArrestGroundKind kind = ArrestGroundKind.Offence)
    {
        Code = CodeText.Check(code);
        Title = Preconditions.CheckNotBlank(title);
        Legislation = Preconditions.CheckNotBlank(legislation);
        Group = Preconditions.CheckDefinedNotDefault(group);
        TakesDrugClass = takesDrugClass;
        foreach (MaximumSentence sentence in maximumSentences)
        {
            Preconditions.CheckArgument(
                !sentence.IsUnset,
                nameof(maximumSentences),
                "A maximum sentence is unset (default(MaximumSentence)): use MaximumSentence.Life or MaximumSentence.YearsImprisonment.");
            Preconditions.CheckArgument(
                sentence.ForClass is null || takesDrugClass,
                nameof(maximumSentences),
                "A maximum sentence for a drug class is only allowed on an offence that takes a drug class.");
        }
        MaximumSentences = maximumSentences;
        CjsCode = Preconditions.CheckNullOrNotBlank(cjsCode);
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Preconditions.CheckArgument(
            kind == ArrestGroundKind.Offence || (!takesDrugClass && maximumSentences.IsEmpty && group == OffenceGroup.Other),
            nameof(kind),
            $"A ground of arrest that is not an offence ({nameof(kind)} {kind}) takes no drug class, has no maximum sentence and is in the group {nameof(OffenceGroup.Other)}.");
    }

    /// <summary>Stable wire code.</summary>
    public string Code { get; }

    /// <summary>Title, phrased to follow "on suspicion of".</summary>
    public string Title { get; }

    /// <summary>Statute and section.</summary>
    public string Legislation { get; }

    /// <summary>The Home Office offence group.</summary>
    public OffenceGroup Group { get; }

    /// <summary>True when the offence is about a controlled drug.</summary>
    public bool TakesDrugClass { get; }

    /// <summary>Maximum sentences on indictment.</summary>
    public EquatableArray<MaximumSentence> MaximumSentences { get; }

    /// <summary>An official CJS offence code, if known.</summary>
    public string? CjsCode { get; }

    /// <summary>An offence, or a ground of arrest that is not an offence (such as breach of bail conditions).</summary>
    public ArrestGroundKind Kind { get; }

    /// <summary>True for a criminal offence; false for a ground of arrest that creates no offence.</summary>
    public bool IsOffence => Kind == ArrestGroundKind.Offence;

    /// <summary>The maximum sentence for a case of <paramref name="drugClass"/> (or the general one), or null when none is recorded.</summary>
    /// <param name="drugClass">The drug class, for drug offences.</param>
    public MaximumSentence? MaximumSentenceFor(DrugClass? drugClass = null)
    {
        MaximumSentence? general = null;
        foreach (MaximumSentence sentence in MaximumSentences)
        {
            if (sentence.ForClass == drugClass && drugClass is not null)
            {
                return sentence;
            }
            if (sentence.ForClass is null)
            {
                general = sentence;
            }
        }
        return general;
    }

    /// <summary>The code, which is enough to identify the offence in logs.</summary>
    public override string ToString() => Code;
}
