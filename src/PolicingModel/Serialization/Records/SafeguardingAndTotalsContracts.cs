using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class SafeguardingActionContract : RecordContract<SafeguardingAction>
{
    private readonly ValueMember<SafeguardingAction, SafeguardingActionId> id;
    private readonly ValueMember<SafeguardingAction, SafeguardingKind> kind;
    private readonly ListMember<SafeguardingAction, PartnerAgency> partners;
    private readonly OptionalMember<SafeguardingAction, Instant> at;
    private readonly OptionalMember<SafeguardingAction, ReportedCount> people;
    private readonly OptionalMember<SafeguardingAction, Age> subjectAge;
    private readonly OptionalMember<SafeguardingAction, ArrestId> relatedArrest;

    internal SafeguardingActionContract(PolicingConverters c)
        : base("a safeguarding action object", c.IsLenient) => Define(
            id = Required("id", PolicingConverters.SafeguardingActionIds, s => s.Id),
            kind = Required("kind", PolicingConverters.SafeguardingKinds, s => s.Kind),
            partners = List("partners", PolicingConverters.Partners, s => s.Partners),
            at = Optional("at", PolicingConverters.Instants, s => s.At),
            people = Optional("people", c.Counts, s => s.People),
            subjectAge = Optional("subjectAge", c.Ages, s => s.SubjectAge),
            relatedArrest = Optional("relatedArrest", PolicingConverters.ArrestIds, s => s.RelatedArrest));

    protected override SafeguardingAction Create(object?[] v) =>
        new(id.From(v), kind.From(v), partners.From(v), at.From(v), people.From(v), subjectAge.From(v), relatedArrest.From(v));
}

// A total "as reported". Its count is written even when the source gave none ("some arrests"), as null.
internal sealed class ReportedTotalContract : RecordContract<ReportedTotal>
{
    private readonly ValueMember<ReportedTotal, ReportedMeasure> measure;
    private readonly OptionalMember<ReportedTotal, ReportedCount> count;
    private readonly ListMember<ReportedTotal, SuspectedOffence> offences;
    private readonly OptionalObjectMember<ReportedTotal, SuspectedOffence> predominantOffence;
    private readonly ListMember<ReportedTotal, BailCondition> conditions;
    private readonly ListMember<ReportedTotal, Place> areas;
    private readonly OptionalObjectMember<ReportedTotal, SourceReference> source;
    private readonly ListMember<ReportedTotal, OffenceGroup> offenceGroups;
    private readonly OptionalMember<ReportedTotal, OffenceGroup> predominantGroup;
    private readonly ValueMember<ReportedTotal, bool> isProspective;
    private readonly OptionalMember<ReportedTotal, Age> ages;
    private readonly OptionalMember<ReportedTotal, Sex> sex;
    private readonly OptionalObjectMember<ReportedTotal, string> scope;

    internal ReportedTotalContract(PolicingConverters c)
        : base("a reported total object", c.IsLenient) => Define(
            measure = Required("measure", PolicingConverters.Measures, t => t.Measure),
            count = Optional("count", c.Counts, t => t.Count, alwaysWritten: true),
            offences = List("offences", c.SuspectedOffences, t => t.Offences),
            predominantOffence = OptionalObject("predominantOffence", c.SuspectedOffences, t => t.PredominantOffence),
            conditions = List("conditions", c.BailConditions, t => t.Conditions),
            areas = List("areas", c.Places, t => t.Areas),
            source = OptionalObject("source", c.Sources, t => t.Source),
            offenceGroups = List("offenceGroups", PolicingConverters.OffenceGroups, t => t.OffenceGroups),
            predominantGroup = Optional("predominantGroup", PolicingConverters.OffenceGroups, t => t.PredominantGroup),
            isProspective = Defaulted("prospective", PolicingConverters.Flags, t => t.IsProspective, false),
            ages = Optional("ages", c.Ages, t => t.Ages),
            sex = Optional("sex", PolicingConverters.Sexes, t => t.Sex),
            scope = OptionalObject("scope", PolicingConverters.Text, t => t.Scope));

    protected override ReportedTotal Create(object?[] v) =>
        new(measure.From(v), count.From(v), offences.From(v), predominantOffence.From(v), conditions.From(v), areas.From(v), source.From(v),
            offenceGroups.From(v), predominantGroup.From(v), isProspective.From(v), ages.From(v), sex.From(v), scope.From(v));
}

internal sealed class ValidationProblemContract : RecordContract<ValidationProblem>
{
    private readonly ValueMember<ValidationProblem, string> code;
    private readonly ValueMember<ValidationProblem, ValidationSeverity> severity;
    private readonly ValueMember<ValidationProblem, string> message;
    private readonly ValueMember<ValidationProblem, string> path;

    internal ValidationProblemContract(PolicingConverters c)
        : base("a validation problem object", c.IsLenient) => Define(
            code = Required("code", PolicingConverters.Text, p => p.Code),
            severity = Required("severity", PolicingConverters.Severities, p => p.Severity),
            message = Required("message", PolicingConverters.Text, p => p.Message),
            path = Defaulted("path", PolicingConverters.AnyText, p => p.Path, ""));

    protected override ValidationProblem Create(object?[] v) => new(code.From(v), severity.From(v), message.From(v), path.From(v));
}
