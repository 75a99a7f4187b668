using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace PolicingModel.Reference;

/// <summary>
/// The offences that arrests in England and Wales commonly cite, one or more for every Home Office offence group, with
/// statute and section, Home Office offence group, maximum sentence on indictment where verified and CJS offence code
/// where one code identifies the entry; and two grounds of arrest that are not offences (breach of bail conditions, a
/// warrant), marked by <see cref="Offence.IsOffence"/>. The facts, their sources and what is unverified are listed in
/// docs/reference-data.md.
/// </summary>
/// <remarks>
/// <para>
/// <b>Sources.</b> Statutes on legislation.gov.uk; maxima from the Sentencing Council guidelines, the CPS sentencing
/// manual or the statute (a few from secondary sources quoting the section, which the entry says); Home Office
/// recorded-crime classes from the ONS 2017/18 crime hierarchy and the Home Office counting rules; CJS offence codes from
/// the CJS offence list shipped by the Ministry of Justice's Bichard7 project (cjs-offences.json), each looked up there.
/// </para>
/// <para>
/// <b>Offence groups</b> follow the current (2015/16 onwards) scheme, see <see cref="OffenceGroup"/>: each offence is in
/// the police recorded crime group that holds its Home Office class. Where the class was matched to the statute by its
/// label only, or no class was found, the entry says so; that the arrests tables group every offence the same way is
/// <b>unverified</b> beyond the drug, weapon and violence labels seen in the arrests open data. Offences that are not
/// notifiable (drink driving) or whose group is unknown are in <see cref="OffenceGroup.Other"/>.
/// </para>
/// <para>
/// <b>Maxima.</b> A summary-only offence has no maximum on indictment, so none is recorded (its summary maximum is in
/// the entry's documentation), and nor is a maximum the research could not verify. The library records one maximum per
/// offence (or per drug class) as it stands now: where Parliament has changed it the entry gives the earlier figure and
/// the date.
/// </para>
/// <para>
/// <b>CJS codes.</b> Many offences have several codes (one per drug, victim's age or sex, circumstance or aggravated
/// form); then <see cref="Offence.CjsCode"/> is null and the common codes are listed in the entry's documentation.
/// </para>
/// <para>
/// Conspiracy and attempt are not separate entries: use <see cref="InchoateForm"/> on a <see cref="SuspectedOffence"/>
/// (conspiracy, Criminal Law Act 1977 s.1, carries the maximum of the substantive offence; see
/// <see cref="MaximumSentenceFor"/>). Inchoate offences are counted in the offence group of the substantive offence.
/// Attempted murder is the exception: it has its own Home Office class and CJS code, so it is listed
/// (<see cref="AttemptedMurder"/>).
/// </para>
/// </remarks>
public static partial class Offences
{
    // The lists are built here, after every part's field initialisers have run: C# does not order the initialisers of
    // different partial declarations, so a list initialised inline could see an entry that is still null.
    static Offences()
    {
        All =
        [
            // The original entries first, in their original order.
            Possession, PossessionWithIntentToSupply, Supply, ConcernedInSupply, Production,
            PossessionOfCriminalProperty, ConcealingCriminalProperty, MoneyLaunderingArrangement,
            SlaveryServitudeForcedLabour, HumanTrafficking, BladedArticleInPublic, OffensiveWeaponInPublic,
            ChildCriminalExploitationUnverified, CuckooingUnverified,

            // Drugs.
            CultivationOfCannabis, ImportationOfControlledDrug,

            // Violence against the person.
            Murder, Manslaughter, AttemptedMurder, WoundingWithIntent, MaliciousWounding, AssaultOccasioningActualBodilyHarm,
            CommonAssault, AssaultOnEmergencyWorker, AssaultOnConstable, Harassment, RaciallyOrReligiouslyAggravatedHarassment,
            Stalking, ControllingOrCoerciveBehaviour, ThreatsToKill,

            // Sexual offences.
            Rape, RapeOfChildUnder13, SexualAssault,

            // Robbery.
            Robbery, AssaultWithIntentToRob,

            // Theft offences, burglary and vehicle offences; handling.
            Theft, TheftFromShop, TheftFromThePerson, HandlingStolenGoods,
            BurglaryDwelling, BurglaryNonDwelling, AggravatedBurglaryDwelling, AggravatedBurglaryNonDwelling,
            TheftOfMotorVehicle, TheftFromMotorVehicle, InterferingWithMotorVehicle, TakingConveyanceWithoutConsent,

            // Criminal damage and arson.
            CriminalDamage, Arson, ArsonEndangeringLife, ThreatToDestroyOrDamageProperty,

            // Public order.
            Riot, ViolentDisorder, Affray, FearOrProvocationOfViolence, IntentionalHarassmentAlarmOrDistress, HarassmentAlarmOrDistress,
            RaciallyOrReligiouslyAggravatedFearOrProvocationOfViolence, RaciallyOrReligiouslyAggravatedIntentionalHarassment,
            RaciallyOrReligiouslyAggravatedHarassmentAlarmOrDistress,

            // Fraud and forgery.
            FraudByFalseRepresentation, FraudByFailingToDiscloseInformation, FraudByAbuseOfPosition,
            PossessionOfArticlesForUseInFraud, MakingOrSupplyingArticlesForUseInFraud, Forgery,

            // Possession of weapons.
            BladedArticleOnSchoolPremises, OffensiveWeaponOnSchoolPremises, ThreateningWithBladedArticle, ThreateningWithOffensiveWeapon,
            FirearmWithoutCertificate, ProhibitedWeapon, ProhibitedShortFirearm, ProhibitedNoxiousOrElectricalWeapon,
            FirearmWithIntentToEndangerLife, FirearmInPublicPlace, ImitationFirearmInPublicPlace, AirWeaponInPublicPlace,

            // Immigration.
            EntryInBreachOfDeportationOrder, IllegalEntry, Overstaying, ArrivalWithoutEntryClearance, AssistingUnlawfulImmigration,

            // Bail and warrants.
            FailingToSurrender, BreachOfBailConditions, WantedOnWarrant,

            // Roads and obstruction.
            DrinkDriving, DrugDriving, DangerousDriving, ObstructingPolice,
        ];
        CommencementUnverified = [ChildCriminalExploitationUnverified, CuckooingUnverified];
        NotOffences = [BreachOfBailConditions, WantedOnWarrant];
        ByCode = All.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
    }

    /// <summary>Every entry in this list, in declaration order (including <see cref="CommencementUnverified"/> and <see cref="NotOffences"/>).</summary>
    public static EquatableArray<Offence> All { get; }

    /// <summary>
    /// The offences in <see cref="All"/> whose commencement is unverified (the Crime and Policing Act 2026 offences):
    /// validation and reporting should flag them rather than assume they were in force on a given date.
    /// </summary>
    public static EquatableArray<Offence> CommencementUnverified { get; }

    /// <summary>
    /// The entries in <see cref="All"/> that are grounds of arrest but not offences (<see cref="Offence.IsOffence"/> is
    /// false): <see cref="BreachOfBailConditions"/> and <see cref="WantedOnWarrant"/>.
    /// </summary>
    public static EquatableArray<Offence> NotOffences { get; }

    /// <summary>
    /// The enactment that makes an inchoate form an offence: conspiracy, Criminal Law Act 1977 s.1; attempt, Criminal
    /// Attempts Act 1981 s.1; encouraging or assisting, Serious Crime Act 2007 ss.44–46. Null for the substantive offence.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentOutOfRangeException">The form is undefined.</exception>
    public static string? LegislationOf(InchoateForm form) => form switch
    {
        InchoateForm.None => null,
        InchoateForm.Conspiracy => "Criminal Law Act 1977 s.1",
        InchoateForm.Attempt => "Criminal Attempts Act 1981 s.1",
        InchoateForm.EncouragingOrAssisting => "Serious Crime Act 2007 ss.44-46",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, $"Undefined {nameof(InchoateForm)}."),
    };

    /// <summary>
    /// The maximum sentence on indictment for a suspected offence: for the substantive offence and for conspiracy
    /// (Criminal Law Act 1977 s.1, whose maximum follows the substantive offence) it is the offence's maximum for the
    /// stated drug class (or its general maximum). For an attempt or for encouraging or assisting it is null: the
    /// domain notes do not state those rules, so the library does not assume them. Null also when no maximum on
    /// indictment is recorded (summary-only offences, unverified maxima, grounds that are not offences).
    /// </summary>
    /// <param name="offence">The suspected offence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="offence"/> is null.</exception>
    public static MaximumSentence? MaximumSentenceFor(SuspectedOffence offence) =>
        Preconditions.CheckNotNull(offence).Form is InchoateForm.None or InchoateForm.Conspiracy
            ? offence.Offence.MaximumSentenceFor(offence.DrugClass)
            : null;

    private static readonly FrozenDictionary<string, Offence> ByCode;

    /// <summary>Finds an offence by its wire code.</summary>
    /// <param name="code">The code, such as <c>concerned-in-supply</c>.</param>
    /// <param name="offence">The offence, when found.</param>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Offence? offence)
    {
        offence = null;
        return code is not null && ByCode.TryGetValue(code, out offence);
    }

    /// <summary>Finds an offence by its wire code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentException">No offence has that code.</exception>
    public static Offence FromCode(string code) =>
        TryFromCode(code, out Offence? offence) ? offence : throw new ArgumentException($"'{SafeText.Quote(code)}' is not a known offence code.", nameof(code));

    private static EquatableArray<MaximumSentence> Years(int years) => [MaximumSentence.YearsImprisonment(years)];

    private static EquatableArray<MaximumSentence> Life() => [MaximumSentence.Life()];
}
