namespace PolicingModel;

/// <summary>The facts of detention that the PACE detention clock needs: when and where the person was booked in, and which s.41(2) rule applies.</summary>
/// <remarks>Value equality over all members. The deadlines themselves are computed by the Rules namespace.</remarks>
public sealed record CustodyDetails
{
    /// <summary>Records custody details.</summary>
    /// <param name="arrivedAtStationAt">Arrival at the (relevant) police station.</param>
    /// <param name="station">The station's name, if known.</param>
    /// <param name="circumstance">Which s.41(2) rule fixes the relevant time.</param>
    /// <param name="enteredEnglandAndWalesAt">For an arrest outside England and Wales, when the person entered England and Wales.</param>
    /// <exception cref="ArgumentException">A blank station, undefined circumstance, or an entry time given (or missing) against the circumstance.</exception>
    public CustodyDetails(
        Instant arrivedAtStationAt,
        string? station = null,
        DetentionCircumstance circumstance = DetentionCircumstance.Standard,
        Instant? enteredEnglandAndWalesAt = null)
    {
        ArrivedAtStationAt = ModelCalendar.Check(arrivedAtStationAt);
        Station = Preconditions.CheckNullOrNotBlank(station);
        Circumstance = Preconditions.CheckDefined(circumstance);
        Preconditions.CheckArgument(
            (circumstance == DetentionCircumstance.ArrestedOutsideEnglandAndWales) == (enteredEnglandAndWalesAt is not null),
            nameof(enteredEnglandAndWalesAt),
            $"{nameof(enteredEnglandAndWalesAt)} is required for, and only allowed with, {DetentionCircumstance.ArrestedOutsideEnglandAndWales}.");
        EnteredEnglandAndWalesAt = ModelCalendar.Check(enteredEnglandAndWalesAt);
    }

    /// <summary>Arrival at the police station.</summary>
    public Instant ArrivedAtStationAt { get; }

    /// <summary>The station's name, if known.</summary>
    public string? Station { get; }

    /// <summary>Which s.41(2) rule fixes the relevant time.</summary>
    public DetentionCircumstance Circumstance { get; }

    /// <summary>When the person entered England and Wales, for an arrest outside it.</summary>
    public Instant? EnteredEnglandAndWalesAt { get; }
}
