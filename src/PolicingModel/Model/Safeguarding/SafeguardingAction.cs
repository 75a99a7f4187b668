namespace PolicingModel;

/// <summary>
/// Something done to protect a (suspected) victim of exploitation: an NRM referral, a referral to the local authority,
/// a welfare visit. Victims are described by age only; they are not data subjects of this model.
/// </summary>
/// <remarks>Value equality over all members, including the partner list.</remarks>
public sealed record SafeguardingAction
{
    /// <summary>Creates a safeguarding action.</summary>
    /// <param name="id">Unique within the operation.</param>
    /// <param name="kind">What was done.</param>
    /// <param name="partners">The agencies involved, each once.</param>
    /// <param name="at">When, if known.</param>
    /// <param name="people">How many people it concerned, if reported.</param>
    /// <param name="subjectAge">The age of the person protected, if one person and known (a child under 18 is a case of child criminal exploitation).</param>
    /// <param name="relatedArrest">The arrest it arose from, if any.</param>
    /// <exception cref="ArgumentException">An unset id or kind, or an undefined or repeated partner.</exception>
    public SafeguardingAction(
        SafeguardingActionId id,
        SafeguardingKind kind,
        EquatableArray<PartnerAgency> partners = default,
        Instant? at = null,
        ReportedCount? people = null,
        Age? subjectAge = null,
        ArrestId? relatedArrest = null)
    {
        Id = Identifier.CheckSet(id);
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        foreach (PartnerAgency partner in partners)
        {
            Preconditions.CheckDefinedNotDefault(partner, nameof(partners));
        }
        Preconditions.CheckArgument(partners.Distinct().Count() == partners.Length, nameof(partners), $"{nameof(partners)} must not repeat an agency.");
        Partners = partners;
        At = ModelCalendar.Check(at);
        People = people;
        SubjectAge = subjectAge;
        RelatedArrest = Identifier.CheckSetOrNull(relatedArrest);
    }

    /// <summary>Unique within the operation.</summary>
    public SafeguardingActionId Id { get; }

    /// <summary>What was done.</summary>
    public SafeguardingKind Kind { get; }

    /// <summary>The agencies involved.</summary>
    public EquatableArray<PartnerAgency> Partners { get; }

    /// <summary>When, if known.</summary>
    public Instant? At { get; }

    /// <summary>How many people it concerned, if reported.</summary>
    public ReportedCount? People { get; }

    /// <summary>The age of the person protected, if known.</summary>
    public Age? SubjectAge { get; }

    /// <summary>The arrest it arose from, if any.</summary>
    public ArrestId? RelatedArrest { get; }
}
