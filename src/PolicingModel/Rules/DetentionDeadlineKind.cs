namespace PolicingModel.Rules;

/// <summary>What falls due at a <see cref="DetentionDeadline"/>.</summary>
public enum DetentionDeadlineKind
{
    /// <summary>The latest time for a review of detention (PACE s.40(3)).</summary>
    Review = 0,

    /// <summary>The 24-hour basic limit (PACE s.41(1)); also the last moment a superintendent may authorise continued detention (s.42(4)(a)).</summary>
    BasicLimit = 1,

    /// <summary>The 36-hour limit of a superintendent's authorisation (PACE s.42(1)); beyond it only a warrant of further detention allows detention.</summary>
    SuperintendentExtensionLimit = 2,

    /// <summary>The 96-hour limit of all warrants of further detention (PACE s.44(3)(b)).</summary>
    AbsoluteLimit = 3,
}
