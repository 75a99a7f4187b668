namespace PolicingModel;

/// <summary>
/// One step in a substance's legal history: from <see cref="EffectiveFrom"/> it is in <see cref="Class"/>, or not
/// controlled when <see cref="Class"/> is null (a substance not yet controlled, or one decontrolled).
/// </summary>
/// <remarks>Value equality over all members. The default value is a valid step: not controlled, since before any date this library covers.</remarks>
public readonly record struct DrugClassification
{
    /// <summary>Creates a classification step.</summary>
    /// <param name="effectiveFrom">The first day it applied; null means "since before any date this library covers".</param>
    /// <param name="class">The class from that day, or null for not controlled.</param>
    public DrugClassification(LocalDate? effectiveFrom, DrugClass? @class)
    {
        EffectiveFrom = ModelCalendar.Check(effectiveFrom);
        Class = @class;
    }

    /// <summary>The first day it applied, or null for "since before any date covered".</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The class from that day, or null for not controlled.</summary>
    public DrugClass? Class { get; }
}
