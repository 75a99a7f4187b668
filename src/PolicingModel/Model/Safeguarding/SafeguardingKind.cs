namespace PolicingModel;

/// <summary>The kind of a safeguarding action taken for a (suspected) victim of exploitation.</summary>
/// <remarks>Zero is not a kind: it is the "unset" value and records reject it.</remarks>
public enum SafeguardingKind
{
    /// <summary>A referral into the National Referral Mechanism for a suspected victim of modern slavery (which also meets the duty to notify).</summary>
    [WireCode("national-referral-mechanism-referral")]
    NationalReferralMechanismReferral = 1,

    /// <summary>A notification to the Home Office under the Modern Slavery Act 2015 s.52 (duty to notify), for an adult who does not consent to an NRM referral.</summary>
    [WireCode("duty-to-notify")]
    DutyToNotify,

    /// <summary>A referral to a local authority (for a child: children's social care).</summary>
    [WireCode("local-authority-referral")]
    LocalAuthorityReferral,

    /// <summary>A visit to a person previously exploited, or at risk.</summary>
    [WireCode("welfare-visit")]
    WelfareVisit,

    /// <summary>Safeguarding measures put in place with partners, without detail ("officers have implemented safeguarding measures around any victims").</summary>
    [WireCode("safeguarding-measures")]
    SafeguardingMeasures,

    /// <summary>A closure order or other protection for a "cuckooed" home.</summary>
    [WireCode("cuckooing-protection")]
    CuckooingProtection,
}
