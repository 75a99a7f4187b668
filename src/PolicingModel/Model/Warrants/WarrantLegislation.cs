namespace PolicingModel;

/// <summary>The enactment a warrant was issued under (PACE s.15(6) requires a warrant to state it).</summary>
public enum WarrantLegislation
{
    /// <summary>The source does not say (press releases rarely do).</summary>
    [WireCode("not-stated")]
    NotStated = 0,

    /// <summary>Police and Criminal Evidence Act 1984 s.8 (evidence of an indictable offence).</summary>
    [WireCode("police-and-criminal-evidence-act-1984-section-8")]
    PoliceAndCriminalEvidenceAct1984Section8 = 1,

    /// <summary>Misuse of Drugs Act 1971 s.23(3) (controlled drugs).</summary>
    [WireCode("misuse-of-drugs-act-1971-section-23")]
    MisuseOfDrugsAct1971Section23 = 2,

    /// <summary>Firearms Act 1968 s.46.</summary>
    [WireCode("firearms-act-1968-section-46")]
    FirearmsAct1968Section46 = 3,

    /// <summary>Proceeds of Crime Act 2002 s.352.</summary>
    [WireCode("proceeds-of-crime-act-2002-section-352")]
    ProceedsOfCrimeAct2002Section352 = 4,

    /// <summary>Theft Act 1968 s.26 (stolen goods).</summary>
    [WireCode("theft-act-1968-section-26")]
    TheftAct1968Section26 = 5,

    /// <summary>Magistrates' Courts Act 1980 s.1 (warrant for arrest).</summary>
    [WireCode("magistrates-courts-act-1980-section-1")]
    MagistratesCourtsAct1980Section1 = 6,

    /// <summary>Another enactment.</summary>
    [WireCode("other")]
    Other = 99,
}
