namespace PolicingModel;

/// <summary>How serious a <see cref="ValidationProblem"/> is, in rising order, so that <c>severity &gt;= Warning</c> reads as it says.</summary>
public enum ValidationSeverity
{
    /// <summary>Worth knowing, lawful as recorded (for example a pre-dawn warrant execution, which PACE s.16(4) allows when a reasonable hour would frustrate the search).</summary>
    [WireCode("information")]
    Information = 0,

    /// <summary>Possibly wrong: the record may be lawful, but only if something not recorded is true; it needs a person's check.</summary>
    [WireCode("warning")]
    Warning = 1,

    /// <summary>The record contradicts itself, another record or the law as it stands; it should not be published as it is.</summary>
    [WireCode("error")]
    Error = 2,
}
