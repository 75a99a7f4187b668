using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class CustodyDetailsContract : RecordContract<CustodyDetails>
{
    private readonly ValueMember<CustodyDetails, Instant> arrivedAtStationAt;
    private readonly OptionalObjectMember<CustodyDetails, string> station;
    private readonly ValueMember<CustodyDetails, DetentionCircumstance> circumstance;
    private readonly OptionalMember<CustodyDetails, Instant> enteredEnglandAndWalesAt;

    internal CustodyDetailsContract(PolicingConverters c)
        : base("a custody object", c.IsLenient) => Define(
            arrivedAtStationAt = Required("arrivedAtStationAt", PolicingConverters.Instants, d => d.ArrivedAtStationAt),
            station = OptionalObject("station", PolicingConverters.Text, d => d.Station),
            circumstance = Defaulted("circumstance", PolicingConverters.Circumstances, d => d.Circumstance, DetentionCircumstance.Standard),
            enteredEnglandAndWalesAt = Optional("enteredEnglandAndWalesAt", PolicingConverters.Instants, d => d.EnteredEnglandAndWalesAt));

    protected override CustodyDetails Create(object?[] v) =>
        new(arrivedAtStationAt.From(v), station.From(v), circumstance.From(v), enteredEnglandAndWalesAt.From(v));
}

// Names, dates of birth, addresses and PNC ids: every problem inside is reported without quoting what was read.
internal sealed class PersonalIdentifiersContract : RecordContract<PersonalIdentifiers>
{
    private readonly OptionalObjectMember<PersonalIdentifiers, string> name;
    private readonly OptionalMember<PersonalIdentifiers, LocalDate> dateOfBirth;
    private readonly OptionalObjectMember<PersonalIdentifiers, PostalAddress> homeAddress;
    private readonly OptionalObjectMember<PersonalIdentifiers, string> pncId;

    internal PersonalIdentifiersContract(PolicingConverters c)
        : base("a personal identifiers object", c.IsLenient)
    {
        Redacted = true;
        Define(
            name = OptionalObject("name", PolicingConverters.Text, p => p.Name),
            dateOfBirth = Optional("dateOfBirth", PolicingConverters.Dates, p => p.DateOfBirth),
            homeAddress = OptionalObject("homeAddress", c.Addresses, p => p.HomeAddress),
            pncId = OptionalObject("pncId", PolicingConverters.Text, p => p.PncId));
    }

    protected override PersonalIdentifiers Create(object?[] v) => new(name.From(v), dateOfBirth.From(v), homeAddress.From(v), pncId.From(v));
}
