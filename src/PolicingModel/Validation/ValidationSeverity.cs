namespace PolicingModel.Validation;

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
public enum ValidationSeverity
{
    /// <summary>The data is wrong or contradicts itself or the law; it should not be published as it is.</summary>
    Error = 0,

    /// <summary>The data is possible but suspicious, or needs a human's check.</summary>
    Warning = 1,

    /// <summary>A fact worth recording that is not a problem (for example a warrant executed before dawn).</summary>
    Information = 2,
}
