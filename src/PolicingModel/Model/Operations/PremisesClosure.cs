namespace PolicingModel;

/// <summary>
/// A premises closed as part of an operation, often a "cuckooed" home or a drug house: a closure notice issued by the
/// police (Anti-social Behaviour, Crime and Policing Act 2014 s.76, up to 48 hours) or a closure order made by a
/// magistrates' court (s.80, up to three months, extendable to six).
/// </summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record PremisesClosure
{
    /// <summary>Records a closure.</summary>
    /// <param name="kind">Notice or order.</param>
    /// <param name="premises">The premises, at the precision the source gives (usually a borough or locality).</param>
    /// <param name="premisesKind">What kind of premises, if stated.</param>
    /// <param name="on">The date it was issued or made, if stated.</param>
    /// <exception cref="ArgumentException">An unset kind, a missing place or an undefined premises kind.</exception>
    public PremisesClosure(ClosureKind kind, Place premises, PremisesKind premisesKind = PremisesKind.NotStated, LocalDate? on = null)
    {
        Kind = Preconditions.CheckDefinedNotDefault(kind);
        Premises = Preconditions.CheckNotNull(premises);
        PremisesKind = Preconditions.CheckDefined(premisesKind);
        On = on;
    }

    /// <summary>Notice or order.</summary>
    public ClosureKind Kind { get; }

    /// <summary>The premises.</summary>
    public Place Premises { get; }

    /// <summary>What kind of premises.</summary>
    public PremisesKind PremisesKind { get; }

    /// <summary>The date it was issued or made, if stated.</summary>
    public LocalDate? On { get; }
}

/// <summary>The two closure powers of the Anti-social Behaviour, Crime and Policing Act 2014, Part 4 Chapter 3.</summary>
public enum ClosureKind
{
    /// <summary>Not set; refused by <see cref="PremisesClosure"/>.</summary>
    [WireCode("none")]
    None = 0,

    /// <summary>A closure notice issued by a police officer of at least inspector rank (s.76), for up to 48 hours.</summary>
    [WireCode("closure-notice")]
    ClosureNotice = 1,

    /// <summary>A closure order made by a magistrates' court (s.80), for up to three months and extendable to six (s.82).</summary>
    [WireCode("closure-order")]
    ClosureOrder = 2,
}
