namespace PolicingModel.Rules;

/// <summary>Every rule that applies to one arrest, in one call: age (<see cref="AgeRules"/>), the detention clock (<see cref="DetentionClock"/>) and pre-charge bail (<see cref="PreChargeBailRules"/>).</summary>
public static class ArrestRules
{
    /// <summary>
    /// The findings of <see cref="AgeRules.Check(Arrest)"/>, <see cref="DetentionClock.Check(Arrest)"/> and
    /// <see cref="PreChargeBailRules.Check(Arrest, bool)"/>, in that order, with paths relative to the arrest.
    /// </summary>
    /// <param name="arrest">The arrest.</param>
    /// <param name="agencyCase">True for a case investigated by the SFO, FCA, NCA or HMRC (six-month initial bail period since 28 October 2022).</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrest"/> is null.</exception>
    public static EquatableArray<ValidationProblem> Check(Arrest arrest, bool agencyCase = false)
    {
        Preconditions.CheckNotNull(arrest);
        return AgeRules.Check(arrest)
            .Concat(DetentionClock.Check(arrest))
            .Concat(PreChargeBailRules.Check(arrest, agencyCase))
            .ToEquatableArray();
    }
}
