namespace PolicingModel;

/// <summary>
/// An offence as defined in law: statute, title, offence group for published statistics and maximum sentence.
/// The library ships those seen in policing operations in <c>PolicingModel.Reference.Offences</c>.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
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
    /// <exception cref="ArgumentException">A malformed code, blank text, or undefined group.</exception>
    public Offence(
        string code,
        string title,
        string legislation,
        OffenceGroup group,
        bool takesDrugClass = false,
        EquatableArray<MaximumSentence> maximumSentences = default,
        string? cjsCode = null)
    {
        Code = CodeText.Check(code);
        Title = Preconditions.CheckNotBlank(title);
        Legislation = Preconditions.CheckNotBlank(legislation);
        Group = Preconditions.CheckDefinedNotDefault(group);
        TakesDrugClass = takesDrugClass;
        foreach (MaximumSentence sentence in maximumSentences)
        {
            Preconditions.CheckArgument(
                sentence.ForClass is null || takesDrugClass,
                nameof(maximumSentences),
                "A maximum sentence for a drug class is only allowed on an offence that takes a drug class.");
        }
        MaximumSentences = maximumSentences;
        CjsCode = Preconditions.CheckNullOrNotBlank(cjsCode);
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
