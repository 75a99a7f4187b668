namespace PolicingModel.Validation;

/// <summary>
/// The stable codes of validation problems. A code never changes meaning; new checks get new codes. PM1xxx are
/// consistency rules between records; PM6xxx agreement with the reference data. The legal rules' own codes (PM2xxx
/// pre-charge bail, PM3xxx search warrants, PM4xxx age, PM5xxx detention clock) are in
/// <see cref="PolicingModel.Rules.RuleCodes"/> and appear in validation results unchanged.
/// </summary>
public static class ValidationCodes
{
    /// <summary>Two warrants in one operation share an id.</summary>
    public const string DuplicateWarrantId = "PM1001";

    /// <summary>Two arrests in one operation, or two of a document's arrests outside an operation, share an id.</summary>
    public const string DuplicateArrestId = "PM1002";

    /// <summary>Two seizures in one operation share an id.</summary>
    public const string DuplicateSeizureId = "PM1003";

    /// <summary>Two safeguarding actions in one operation share an id.</summary>
    public const string DuplicateSafeguardingId = "PM1004";

    /// <summary>An arrest is dated before the operation began.</summary>
    public const string ArrestBeforeOperation = "PM1010";

    /// <summary>An arrest is dated after the operation ended (a warning: follow-up arrests happen, but should be checked).</summary>
    public const string ArrestAfterOperation = "PM1011";

    /// <summary>A warrant was executed before the operation began.</summary>
    public const string WarrantExecutedBeforeOperation = "PM1012";

    /// <summary>A seizure is dated before the operation began.</summary>
    public const string SeizureBeforeOperation = "PM1013";

    /// <summary>An arrest cites a warrant the operation does not have.</summary>
    public const string ArrestCitesUnknownWarrant = "PM1020";

    /// <summary>A seizure cites an arrest the operation does not have.</summary>
    public const string SeizureCitesUnknownArrest = "PM1021";

    /// <summary>A seizure cites a warrant the operation does not have.</summary>
    public const string SeizureCitesUnknownWarrant = "PM1022";

    /// <summary>A safeguarding action cites an arrest the operation does not have.</summary>
    public const string SafeguardingCitesUnknownArrest = "PM1023";

    /// <summary>An arrest made under a warrant is dated before that warrant was executed.</summary>
    public const string ArrestBeforeWarrantExecuted = "PM1024";

    /// <summary>More itemised records than a reported total allows (an error against an exact or upper-bound total, a warning against an approximate one).</summary>
    public const string ItemisedExceedsReportedTotal = "PM1030";

    /// <summary>Exact reported outcome totals do not add up to the exact number of arrests (some outcomes are missing or counted twice).</summary>
    public const string OutcomesDoNotSumToArrests = "PM1031";

    /// <summary>Itemised arrests contradict a reported "predominantly for" (too many of them are for something else).</summary>
    public const string ItemisedContradictPredominant = "PM1032";

    /// <summary>A person's date of birth does not give the age recorded at arrest.</summary>
    public const string DateOfBirthContradictsAge = "PM1040";

    /// <summary>A stated drug class contradicts the substance's class on the date of the seizure or arrest.</summary>
    public const string DrugClassContradictsSubstance = "PM6001";

    /// <summary>An offence carries the code of one of the library's offences but a different group, statute, title or maximum.</summary>
    public const string OffenceContradictsReference = "PM6002";

    /// <summary>A bail exclusion zone contains the person's own home area (a warning: the condition may be impossible to keep).</summary>
    public const string ExclusionZoneContainsHome = "PM6003";
}
