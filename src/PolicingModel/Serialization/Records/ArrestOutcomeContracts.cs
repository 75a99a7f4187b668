using PolicingModel.Serialization.Contract;
using PolicingModel.Serialization.Converters;

namespace PolicingModel.Serialization.Records;

// The ten kinds of arrest outcome; the kinds' codes are the ArrestOutcomeKind wire codes.
internal static class ArrestOutcomeContracts
{
    internal static KindContract<ArrestOutcome> Create(PolicingConverters c) => new(
        "an outcome object with a \"kind\"",
        c.IsLenient,
        (typeof(RemainsInCustody), "remains-in-custody", new Empty<RemainsInCustody>(c, () => new RemainsInCustody())),
        (typeof(Charged), "charged", new ChargedContract(c)),
        (typeof(Bailed), "bailed", new BailedContract(c)),
        (typeof(ReleasedUnderInvestigation), "released-under-investigation", new Released(c)),
        (typeof(Cautioned), "cautioned", new CautionedContract(c)),
        (typeof(CommunityResolution), "community-resolution", new Empty<CommunityResolution>(c, () => new CommunityResolution())),
        (typeof(NoFurtherAction), "no-further-action", new Empty<NoFurtherAction>(c, () => new NoFurtherAction())),
        (typeof(RecalledToPrison), "recalled-to-prison", new Empty<RecalledToPrison>(c, () => new RecalledToPrison())),
        (typeof(PutBeforeCourt), "put-before-court", new Empty<PutBeforeCourt>(c, () => new PutBeforeCourt())),
        (typeof(OutcomeNotReported), "not-reported", new Empty<OutcomeNotReported>(c, () => new OutcomeNotReported())));

    // An outcome with nothing to it but its kind.
    private sealed class Empty<T> : RecordContract<T>
        where T : ArrestOutcome
    {
        private readonly Func<T> create;

        internal Empty(PolicingConverters c, Func<T> create)
            : base("an outcome", c.IsLenient)
        {
            this.create = create;
            Define();
        }

        protected override T Create(object?[] v) => create();
    }

    private sealed class ChargedContract : RecordContract<Charged>
    {
        private readonly ListMember<Charged, SuspectedOffence> charges;
        private readonly OptionalMember<Charged, Instant> chargedAt;
        private readonly ValueMember<Charged, bool> remandedInCustody;
        private readonly OptionalObjectMember<Charged, Bail> bail;

        internal ChargedContract(PolicingConverters c)
            : base("a charged outcome", c.IsLenient) => Define(
                charges = List("charges", c.SuspectedOffences, o => o.Charges),
                chargedAt = Optional("chargedAt", PolicingConverters.Instants, o => o.ChargedAt),
                remandedInCustody = Defaulted("remandedInCustody", PolicingConverters.Flags, o => o.RemandedInCustody, false),
                bail = OptionalObject("bail", c.Bails, o => o.Bail));

        protected override Charged Create(object?[] v) => new(charges.From(v), chargedAt.From(v), remandedInCustody.From(v), bail.From(v));
    }

    private sealed class BailedContract : RecordContract<Bailed>
    {
        private readonly ValueMember<Bailed, Bail> bail;

        internal BailedContract(PolicingConverters c)
            : base("a bailed outcome", c.IsLenient) => Define(bail = Required("bail", c.Bails, o => o.Bail));

        protected override Bailed Create(object?[] v) => new(bail.From(v));
    }

    private sealed class Released : RecordContract<ReleasedUnderInvestigation>
    {
        private readonly OptionalMember<ReleasedUnderInvestigation, Instant> releasedAt;

        internal Released(PolicingConverters c)
            : base("a released-under-investigation outcome", c.IsLenient) =>
            Define(releasedAt = Optional("releasedAt", PolicingConverters.Instants, o => o.ReleasedAt));

        protected override ReleasedUnderInvestigation Create(object?[] v) => new(releasedAt.From(v));
    }

    private sealed class CautionedContract : RecordContract<Cautioned>
    {
        private readonly ValueMember<Cautioned, bool> conditional;

        internal CautionedContract(PolicingConverters c)
            : base("a cautioned outcome", c.IsLenient) =>
            Define(conditional = Defaulted("conditional", PolicingConverters.Flags, o => o.Conditional, false));

        protected override Cautioned Create(object?[] v) => new(conditional.From(v));
    }
}
