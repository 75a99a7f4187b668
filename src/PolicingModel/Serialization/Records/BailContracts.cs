using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

internal sealed class BailContract : RecordContract<Bail>
{
    private readonly ValueMember<Bail, BailKind> kind;
    private readonly ValueMember<Bail, LocalDate> grantedOn;
    private readonly OptionalMember<Bail, LocalDate> answerOn;
    private readonly ListMember<Bail, BailCondition> conditions;
    private readonly ListMember<Bail, BailExtension> extensions;

    internal BailContract(PolicingConverters c)
        : base("a bail object", c.IsLenient) => Define(
            kind = Required("kind", PolicingConverters.BailKinds, b => b.Kind),
            grantedOn = Required("grantedOn", PolicingConverters.Dates, b => b.GrantedOn),
            answerOn = Optional("answerOn", PolicingConverters.Dates, b => b.AnswerOn),
            conditions = List("conditions", c.BailConditions, b => b.Conditions),
            extensions = List("extensions", c.BailExtensions, b => b.Extensions));

    protected override Bail Create(object?[] v) => new(kind.From(v), grantedOn.From(v), answerOn.From(v), conditions.From(v), extensions.From(v));
}

internal sealed class BailExtensionContract : RecordContract<BailExtension>
{
    private readonly ValueMember<BailExtension, LocalDate> authorisedOn;
    private readonly ValueMember<BailExtension, BailAuthority> authority;
    private readonly ValueMember<BailExtension, LocalDate> extendedTo;

    internal BailExtensionContract(PolicingConverters c)
        : base("a bail extension object", c.IsLenient) => Define(
            authorisedOn = Required("authorisedOn", PolicingConverters.Dates, e => e.AuthorisedOn),
            authority = Required("authority", PolicingConverters.BailAuthorities, e => e.Authority),
            extendedTo = Required("extendedTo", PolicingConverters.Dates, e => e.ExtendedTo));

    protected override BailExtension Create(object?[] v) => new(authorisedOn.From(v), authority.From(v), extendedTo.From(v));
}
