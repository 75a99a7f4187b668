namespace PolicingModel.Rules;

/// <summary>How serious a <see cref="RuleFinding"/> is.</summary>
public enum RuleSeverity
{
    /// <summary>Worth knowing, lawful as recorded (for example a pre-dawn warrant execution, which PACE s.16(4) allows when a reasonable hour would frustrate the search).</summary>
    Information = 0,

    /// <summary>Possibly wrong: the record may be lawful, but only if something not recorded is true.</summary>
    Warning = 1,

    /// <summary>The record, as it stands, describes something the law does not allow (or the data is wrong).</summary>
    Error = 2,
}
