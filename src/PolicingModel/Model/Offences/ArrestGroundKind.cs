namespace PolicingModel;

/// <summary>
/// What an entry in the offence list is in law: a criminal offence, or another lawful ground for an arrest that
/// creates no offence. Arrest records cite both kinds the same way, so the list holds both, but only offences have a
/// maximum sentence, a drug class or an inchoate form, and only offences are counted in the Home Office arrests
/// statistics (which cover notifiable offences only).
/// </summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum ArrestGroundKind
{
    /// <summary>A criminal offence.</summary>
    [WireCode("offence")]
    Offence = 1,

    /// <summary>
    /// A statutory power of arrest that creates no offence, such as the arrest of a person on court bail believed to
    /// have broken, or to be likely to break, a condition of bail (Bail Act 1976 s.7(3)(b)).
    /// </summary>
    [WireCode("power-of-arrest-without-offence")]
    PowerOfArrestWithoutOffence = 2,

    /// <summary>The execution of a warrant of arrest issued by a court (for failing to appear, fine default and so on): not an arrest for a new offence.</summary>
    [WireCode("warrant")]
    Warrant = 3,
}
