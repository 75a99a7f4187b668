using System.Globalization;
using PolicingModel.Reference;

namespace PolicingModel.Validation;

// Checks that records agree with the reference data: a stated drug class with the substance's class on the date,
// an offence with the library's definition of the same code, and exclusion zones with the person's own home.
internal static class ReferenceConsistencyChecks
{
    // A drug seizure's stated class against the substance's class on the day (the operation's start when the seizure is not dated).
    internal static void CheckSeizure(ValidationContext context, string pointer, Seizure seizure, Instant operationStart)
    {
        if (seizure.Item is DrugsSeized { Substance: { } substance, StatedClass: { } stated })
        {
            LocalDate date = EnglandAndWales.DateAt(seizure.SeizedAt ?? operationStart);
            CheckClass(context, $"{pointer}/item/statedClass", substance, stated, date);
        }
    }

    // The checks of one arrest, which need nothing from its operation (so arrests outside one get them too).
    internal static void CheckArrest(ValidationContext context, string path, Arrest arrest)
    {
        LocalDate date = EnglandAndWales.DateAt(arrest.ArrestedAt);
        for (int j = 0; j < arrest.Offences.Length; j++)
        {
            SuspectedOffence offence = arrest.Offences[j];
            string offencePath = $"{path}/offences/{j}";
            if (offence is { Substance: { } substance, DrugClass: { } stated })
            {
                CheckClass(context, offencePath + "/drugClass", substance, stated, date);
            }
            CheckDefinition(context, offencePath + "/offence", offence.Offence);
        }
        CheckExclusionZones(context, path, arrest);
    }

    private static void CheckClass(ValidationContext context, string path, Substance substance, DrugClass stated, LocalDate date)
    {
        DrugClass? actual = substance.ClassOn(date);
        if (actual != stated)
        {
            string law = actual is { } c ? $"Class {c}" : "not a controlled drug";
            context.Error(path, ValidationCodes.DrugClassContradictsSubstance,
                string.Create(CultureInfo.InvariantCulture, $"Class {stated} is stated, but {substance.Name} was {law} on {date:uuuu-MM-dd}."));
        }
    }

    private static void CheckDefinition(ValidationContext context, string path, Offence offence)
    {
        if (Offences.TryFromCode(offence.Code, out Offence? reference) && reference != offence)
        {
            string detail = reference.Group != offence.Group
                ? $"is recorded in offence group '{WireCodes.ToCode(offence.Group)}', but the library's reference puts it in '{WireCodes.ToCode(reference.Group)}'"
                : "differs from the library's definition (statute, title or maximum sentence)";
            context.Error(path, ValidationCodes.OffenceContradictsReference, $"The offence '{offence.Code}' {detail}.");
        }
    }

    private static void CheckExclusionZones(ValidationContext context, string path, Arrest arrest)
    {
        Bail? bail = arrest.Outcome switch
        {
            Bailed bailed => bailed.Bail,
            Charged charged => charged.Bail,
            _ => null,
        };
        if (bail is null || arrest.Person.HomeArea is not { } home)
        {
            return;
        }
        for (int k = 0; k < bail.Conditions.Length; k++)
        {
            if (bail.Conditions[k] is ExclusionZone zone && home.IsWithin(zone.Area))
            {
                context.Warning($"{path}/outcome/bail/conditions/{k}/area", ValidationCodes.ExclusionZoneContainsHome,
                    "The exclusion zone contains the person's own home area; check the condition can be kept.");
            }
        }
    }
}
