using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

/// <summary>
/// The value converters the record readers call directly: the same classes, configured the same way, as the ones in
/// <see cref="PolicingConverters"/>, so a record read or written here matches the generated contract byte for byte.
/// </summary>
internal static class Hot
{
    internal static readonly InstantConverter Instants = new();
    internal static readonly LocalDateConverter Dates = new();
    internal static readonly AgeConverter Ages = new();
    internal static readonly PlaceConverter Places = new();
    internal static readonly PostalAddressConverter Addresses = new();
    internal static readonly OffenceConverter Offences = new();
    internal static readonly SubstanceConverter Substances = new();
    internal static readonly IdentifierConverter<ArrestId> ArrestIds = new(v => new ArrestId(v));
    internal static readonly IdentifierConverter<PersonId> PersonIds = new(v => new PersonId(v));
    internal static readonly IdentifierConverter<WarrantId> WarrantIds = new(v => new WarrantId(v));
    internal static readonly WireCodeConverter<PoliceForce> Forces = new();
    internal static readonly WireCodeConverter<Sex> Sexes = new();
    internal static readonly WireCodeConverter<SelfDefinedEthnicity> SelfDefined = new();
    internal static readonly WireCodeConverter<OfficerDefinedEthnicity> OfficerDefined = new();
    internal static readonly WireCodeConverter<InchoateForm> Forms = new();
    internal static readonly WireCodeConverter<DrugClass> DrugClasses = new();
    internal static readonly WireCodeConverter<DetentionCircumstance> Circumstances = new();
    internal static readonly WireCodeConverter<BailKind> BailKinds = new();
    internal static readonly WireCodeConverter<BailAuthority> BailAuthorities = new();
    internal static readonly ArrestedPersonConverter People = new();
    internal static readonly SuspectedOffenceConverter SuspectedOffences = new();
    internal static readonly CustodyDetailsConverter Custody = new();
    internal static readonly ArrestOutcomeConverter Outcomes = new();
    internal static readonly BailConverter Bails = new();
    internal static readonly BailExtensionConverter BailExtensions = new();
    internal static readonly PersonalIdentifiersConverter Identifiers = new();
}
