namespace PolicingModel;

/// <summary>
/// The person arrested, described as arrest statistics describe people: age, sex, ethnicity (self-defined and
/// officer-defined kept apart) and home area. Identifying details, where held at all, are in <see cref="Identifiers"/>
/// and are never printed.
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record ArrestedPerson
{
    /// <summary>Creates a description of an arrested person.</summary>
    /// <param name="age">Age at arrest (exact, a range, or unknown).</param>
    /// <param name="sex">Sex.</param>
    /// <param name="homeArea">Where the person lives, as precisely as is known and safe to share ("from Lambeth"); never a full address, which belongs in <paramref name="identifiers"/>.</param>
    /// <param name="selfDefinedEthnicity">Self-defined ethnicity; <see cref="SelfDefinedEthnicity.NotStated"/> when not given.</param>
    /// <param name="officerDefinedEthnicity">Officer-defined ethnicity; <see cref="OfficerDefinedEthnicity.Unknown"/> when not recorded.</param>
    /// <param name="id">A person id that is stable across arrests, if the source system has one.</param>
    /// <param name="identifiers">Name, date of birth, address; held only where the user has a lawful need.</param>
    /// <exception cref="ArgumentException">An undefined enum value, an unset id, or a home area given as a full address.</exception>
    public ArrestedPerson(
        Age age,
        Sex sex,
        Place? homeArea = null,
        SelfDefinedEthnicity selfDefinedEthnicity = SelfDefinedEthnicity.NotStated,
        OfficerDefinedEthnicity officerDefinedEthnicity = OfficerDefinedEthnicity.Unknown,
        PersonId? id = null,
        PersonalIdentifiers? identifiers = null)
    {
        Age = age;
        Sex = Preconditions.CheckDefined(sex);
        Preconditions.CheckArgument(
            homeArea is null || homeArea.Precision != PlacePrecision.Address,
            nameof(homeArea),
            $"{nameof(homeArea)} must be an area (locality, borough or force), not an address; put the address in {nameof(identifiers)}.");
        HomeArea = homeArea;
        SelfDefinedEthnicity = Preconditions.CheckDefined(selfDefinedEthnicity);
        OfficerDefinedEthnicity = Preconditions.CheckDefined(officerDefinedEthnicity);
        Id = Identifier.CheckSetOrNull(id);
        Identifiers = identifiers;
    }

    /// <summary>Age at arrest.</summary>
    public Age Age { get; }

    /// <summary>Sex.</summary>
    public Sex Sex { get; }

    /// <summary>Where the person lives, as an area.</summary>
    public Place? HomeArea { get; }

    /// <summary>Self-defined ethnicity.</summary>
    public SelfDefinedEthnicity SelfDefinedEthnicity { get; }

    /// <summary>Officer-defined ethnicity.</summary>
    public OfficerDefinedEthnicity OfficerDefinedEthnicity { get; }

    /// <summary>A person id stable across arrests, if known.</summary>
    public PersonId? Id { get; }

    /// <summary>Identifying details, never printed.</summary>
    public PersonalIdentifiers? Identifiers { get; }
}
