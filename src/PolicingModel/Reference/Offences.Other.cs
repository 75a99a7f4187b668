namespace PolicingModel.Reference;

// Immigration (Immigration Act 1971 ss.24-25), bail and warrants (Bail Act 1976 ss.6-7), roads (Road Traffic Act 1988
// ss.2, 5, 5A), obstructing police (Police Act 1996 s.89(2)) and the Crime and Policing Act 2026 exploitation offences.
public static partial class Offences
{
    /// <summary>
    /// Knowingly entering the UK in breach of a deportation order (Immigration Act 1971 s.24(A1), as substituted from 28
    /// June 2022 by the Nationality and Borders Act 2022); either way, maximum 5 years on indictment (NPCC organised
    /// immigration crime unit; legislation.gov.uk). No Home Office class was found, so its group is <b>unverified</b> and
    /// it is placed in <see cref="OffenceGroup.Other"/>. CJS IM71132.
    /// </summary>
    public static Offence EntryInBreachOfDeportationOrder { get; } = new(
        "entry-in-breach-of-deportation-order", "entering the UK in breach of a deportation order", "Immigration Act 1971 s.24(A1)",
        OffenceGroup.Other, maximumSentences: Years(5), cjsCode: "IM71132");

    /// <summary>
    /// Knowingly entering the UK without leave (Immigration Act 1971 s.24(B1), from 28 June 2022); either way, maximum 4
    /// years on indictment, 12 months on summary conviction. Before 28 June 2022 the s.24 offences were summary only (6
    /// months or a level 5 fine), which this entry, recording the current maximum, does not date. Group
    /// <b>unverified</b>, placed in <see cref="OffenceGroup.Other"/>. CJS IM71133.
    /// </summary>
    public static Offence IllegalEntry { get; } = new(
        "illegal-entry", "entering the UK without leave", "Immigration Act 1971 s.24(B1)", OffenceGroup.Other,
        maximumSentences: Years(4), cjsCode: "IM71133");

    /// <summary>
    /// Overstaying (Immigration Act 1971 s.24(C1), from 28 June 2022); maximum 4 years on indictment. Group <b>unverified</b>, placed in
    /// <see cref="OffenceGroup.Other"/>. The CJS code IM71005 (overstaying, a summary code) predates the change and which
    /// code applies now is <b>unverified</b>, so none is recorded.
    /// </summary>
    public static Offence Overstaying { get; } = new(
        "overstaying", "overstaying leave in the UK", "Immigration Act 1971 s.24(C1)", OffenceGroup.Other, maximumSentences: Years(4));

    /// <summary>
    /// Knowingly arriving in the UK without a required entry clearance (Immigration Act 1971 s.24(D1), from 28 June
    /// 2022); maximum 4 years on indictment. Group <b>unverified</b>, placed in <see cref="OffenceGroup.Other"/>. CJS IM71135.
    /// </summary>
    public static Offence ArrivalWithoutEntryClearance { get; } = new(
        "arrival-without-entry-clearance", "arriving in the UK without a required entry clearance", "Immigration Act 1971 s.24(D1)",
        OffenceGroup.Other, maximumSentences: Years(4), cjsCode: "IM71135");

    /// <summary>
    /// Assisting unlawful immigration (Immigration Act 1971 s.25); maximum life from 28 June 2022 (Nationality and
    /// Borders Act 2022 s.41), 14 years before. Group <b>unverified</b>, placed in <see cref="OffenceGroup.Other"/>. CJS
    /// IM71142 (IM71142C for conspiracy).
    /// </summary>
    public static Offence AssistingUnlawfulImmigration { get; } = new(
        "facilitating-unlawful-immigration", "assisting unlawful immigration", "Immigration Act 1971 s.25", OffenceGroup.Other,
        maximumSentences: Life(), cjsCode: "IM71142");

    /// <summary>
    /// Failing to surrender to custody (Bail Act 1976 s.6(1), without reasonable cause; s.6(2), not surrendering as soon
    /// as reasonably practicable after a reasonable cause): an offence, punished by 3 months summarily or 12 months when
    /// dealt with in the Crown Court (Sentencing Council), so no maximum on indictment is recorded. Home Office class 83,
    /// bail offences (matched by label), in miscellaneous crimes against society. CJS BA76001 (s.6(1)) and BA76002
    /// (s.6(2)), so none is recorded.
    /// </summary>
    public static Offence FailingToSurrender { get; } = new(
        "failing-to-surrender", "failing to surrender to custody", "Bail Act 1976 s.6", OffenceGroup.MiscellaneousCrimesAgainstSociety);

    /// <summary>
    /// Breach of bail conditions: <b>not an offence</b> (<see cref="Offence.IsOffence"/> is false). Bail Act 1976 s.7(3)
    /// is a power to arrest without warrant a person bailed to attend court who is believed not likely to surrender, or
    /// to have broken or be likely to break a condition of bail, or whose surety withdraws; the person is brought before
    /// a justice within 24 hours (s.7(4)). Breaching a condition of police
    /// pre-charge bail is likewise not an offence (a power of arrest under PACE s.46A; the section number is
    /// <b>unverified</b>); cite this entry for either. Not notifiable, so outside the arrests statistics; the group is
    /// <see cref="OffenceGroup.Other"/>. CJS BA76005, which is not recordable on the PNC.
    /// </summary>
    public static Offence BreachOfBailConditions { get; } = new(
        "breach-of-bail-conditions", "breaching bail conditions", "Bail Act 1976 s.7(3)", OffenceGroup.Other,
        cjsCode: "BA76005", kind: ArrestGroundKind.PowerOfArrestWithoutOffence);

    /// <summary>
    /// Being wanted on warrant: <b>not an offence</b> (<see cref="Offence.IsOffence"/> is false) but the execution of a
    /// court's warrant of arrest (for failing to appear, fine default, breach of a community order and so on). Nothing
    /// new is recorded as a crime, so it is outside the arrests statistics; the group is <see cref="OffenceGroup.Other"/>.
    /// The provision that issues the warrant varies (for example Magistrates' Courts Act 1980 s.1 or Bail Act 1976
    /// s.7(1); <b>unverified</b>), so none is named. CJS records warrant arrests under civil-matter codes that are not
    /// recordable (MC80517, on a Crown Court warrant; MC80522), so none is recorded.
    /// </summary>
    public static Offence WantedOnWarrant { get; } = new(
        "wanted-on-warrant", "being wanted on warrant", "a warrant of arrest issued by a court", OffenceGroup.Other,
        kind: ArrestGroundKind.Warrant);

    /// <summary>
    /// Driving, or being in charge of, a motor vehicle with alcohol above the prescribed limit (Road Traffic Act 1988
    /// s.5(1)(a) driving, (b) in charge): summary only, 6 months or an unlimited fine, with at least 12 months'
    /// disqualification for driving (a secondary source). Not notifiable (Hansard), so outside the arrests statistics;
    /// placed in <see cref="OffenceGroup.Other"/>. CJS RT88007 (driving) and RT88008 (in charge), so none is recorded.
    /// </summary>
    public static Offence DrinkDriving { get; } = new(
        "drink-driving", "driving or being in charge of a motor vehicle with excess alcohol", "Road Traffic Act 1988 s.5(1)", OffenceGroup.Other);

    /// <summary>
    /// Driving, or being in charge of, a motor vehicle with a specified controlled drug above its specified limit (Road
    /// Traffic Act 1988 s.5A): summary only; the 6-month maximum is <b>unverified</b> (secondary sources only), and that
    /// it is not notifiable is inferred from s.5; placed in <see cref="OffenceGroup.Other"/>. CJS RT88584 (driving) and
    /// RT88585 (in charge), so none is recorded.
    /// </summary>
    public static Offence DrugDriving { get; } = new(
        "drug-driving", "driving or being in charge of a motor vehicle with a specified drug above the limit", "Road Traffic Act 1988 s.5A",
        OffenceGroup.Other);

    /// <summary>
    /// Dangerous driving (Road Traffic Act 1988 s.2); either way, maximum 2 years (the Sentencing Council's magistrates'
    /// guideline, via a copy). Home Office class 802 (matched by label), in miscellaneous crimes against society. CJS
    /// RT88026.
    /// </summary>
    public static Offence DangerousDriving { get; } = new(
        "dangerous-driving", "dangerous driving", "Road Traffic Act 1988 s.2", OffenceGroup.MiscellaneousCrimesAgainstSociety,
        maximumSentences: Years(2), cjsCode: "RT88026");

    /// <summary>
    /// Resisting or wilfully obstructing a constable (or a person assisting one) in the execution of duty (Police Act
    /// 1996 s.89(2)): summary only, 1 month or a level 3 fine (legislation.gov.uk). Whether it is notifiable, and so its
    /// group, is <b>unverified</b>; placed in <see cref="OffenceGroup.Other"/>. CJS PL96003.
    /// </summary>
    public static Offence ObstructingPolice { get; } = new(
        "obstructing-police", "resisting or wilfully obstructing a constable in the execution of duty", "Police Act 1996 s.89(2)",
        OffenceGroup.Other, cjsCode: "PL96003");

    /// <summary>
    /// Child criminal exploitation, a new offence in the Crime and Policing Act 2026. <b>Unverified:</b> its
    /// commencement date, section number and maximum sentence are not confirmed, so none are recorded (the legislation
    /// names only the Act), and its Home Office offence group is not known, so it is placed in
    /// <see cref="OffenceGroup.Other"/>. Do not treat an arrest for it before commencement as valid without checking.
    /// </summary>
    public static Offence ChildCriminalExploitationUnverified { get; } = new(
        "child-criminal-exploitation", "child criminal exploitation", "Crime and Policing Act 2026", OffenceGroup.Other);

    /// <summary>
    /// Cuckooing (controlling another person's home for criminal purposes), a new offence in the Crime and Policing Act
    /// 2026. <b>Unverified:</b> its commencement date, section number and maximum sentence are not confirmed, so none
    /// are recorded, and its Home Office offence group is not known, so it is placed in <see cref="OffenceGroup.Other"/>.
    /// </summary>
    public static Offence CuckooingUnverified { get; } = new(
        "cuckooing", "cuckooing", "Crime and Policing Act 2026", OffenceGroup.Other);
}
