using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class OperationContract : RecordContract<Operation>
{
    private readonly ValueMember<Operation, OperationId> id;
    private readonly ValueMember<Operation, string> name;
    private readonly ValueMember<Operation, PoliceForce> leadForce;
    private readonly ValueMember<Operation, Interval> period;
    private readonly OptionalObjectMember<Operation, PolicingUnit> leadUnit;
    private readonly OptionalObjectMember<Operation, string> campaign;
    private readonly OptionalObjectMember<Operation, string> purpose;
    private readonly ListMember<Operation, OperationFocus> focus;
    private readonly ListMember<Operation, PolicingUnit> supportingUnits;
    private readonly ListMember<Operation, PoliceForce> partnerForces;
    private readonly ListMember<Operation, PoliceForce> jointLeadForces;
    private readonly ListMember<Operation, PremisesClosure> closures;
    private readonly OptionalObjectMember<Operation, PublicEvent> linkedEvent;
    private readonly OptionalMember<Operation, YearMonth> investigationStarted;
    private readonly ListMember<Operation, Warrant> warrants;
    private readonly ListMember<Operation, Arrest> arrests;
    private readonly ListMember<Operation, Seizure> seizures;
    private readonly ListMember<Operation, SafeguardingAction> safeguarding;
    private readonly ListMember<Operation, ReportedTotal> reportedTotals;
    private readonly ListMember<Operation, SourceReference> sources;

    internal OperationContract(PolicingConverters c)
        : base("an operation object", c.IsLenient)
    {
        Define(
            id = Required("id", PolicingConverters.OperationIds, o => o.Id),
            name = Required("name", PolicingConverters.Text, o => o.Name),
            leadForce = Required("leadForce", PolicingConverters.Forces, o => o.LeadForce),
            period = Required("period", c.Intervals, o => o.Period),
            leadUnit = OptionalObject("leadUnit", c.Units, o => o.LeadUnit),
            campaign = OptionalObject("campaign", PolicingConverters.Text, o => o.Campaign),
            purpose = OptionalObject("purpose", PolicingConverters.Text, o => o.Purpose),
            focus = List("focus", PolicingConverters.Focuses, o => o.Focus),
            supportingUnits = List("supportingUnits", c.Units, o => o.SupportingUnits),
            partnerForces = List("partnerForces", PolicingConverters.Forces, o => o.PartnerForces),
            jointLeadForces = List("jointLeadForces", PolicingConverters.Forces, o => o.JointLeadForces),
            linkedEvent = OptionalObject("linkedEvent", c.Events, o => o.LinkedEvent),
            investigationStarted = Optional("investigationStarted", PolicingConverters.Months, o => o.InvestigationStarted),
            warrants = List("warrants", c.Warrants, o => o.Warrants),
            arrests = List("arrests", c.Arrests, o => o.Arrests),
            seizures = List("seizures", c.Seizures, o => o.Seizures),
            safeguarding = List("safeguarding", c.Safeguarding, o => o.Safeguarding),
            reportedTotals = List("reportedTotals", c.ReportedTotals, o => o.ReportedTotals),
            sources = List("sources", c.Sources, o => o.Sources),
            closures = List("closures", c.Closures, o => o.Closures));
    }

    protected override Operation Create(object?[] v) => new(
        id.From(v), name.From(v), leadForce.From(v), period.From(v), leadUnit.From(v), campaign.From(v), purpose.From(v),
        focus.From(v), supportingUnits.From(v), partnerForces.From(v), linkedEvent.From(v), investigationStarted.From(v),
        warrants.From(v), arrests.From(v), seizures.From(v), safeguarding.From(v), reportedTotals.From(v), sources.From(v),
        jointLeadForces.From(v), closures.From(v));
}
