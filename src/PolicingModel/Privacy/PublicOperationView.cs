using PolicingModel.Reporting;

namespace PolicingModel.Privacy;

/// <summary>
/// The public view of an operation, for press releases, open data and dashboards: what the operation was (name, lead
/// force, when, the public event it was linked to), its headline totals, and its arrests only as small-cell-suppressed
/// tables by age band, sex, ethnicity group, home area and offence group. No name, date of birth, address, locality,
/// exact age, time of arrest, person or arrest id, outcome or free text about a person is carried, so none can be
/// printed, serialised or leaked into an exception.
/// </summary>
/// <remarks>
/// <para>
/// Value equality over all members. Every member is a code, a number, a time span or one of the public-view records;
/// the only texts are <see cref="Name"/> and the linked event's name, which are the police's own public labels.
/// The operation's campaign, purpose, units, warrants, seizures, safeguarding and sources are left out.
/// </para>
/// <para>
/// Counts below the threshold N (3 unless the caller chooses) are shown as "fewer than N", and where a total would let
/// one be worked out another count is withheld: the exact rule and what it guarantees are in
/// <see cref="SmallCellSuppression"/>. <see cref="PublicViewText"/> renders a view as plain text.
/// </para>
/// </remarks>
public sealed record PublicOperationView
{
    internal PublicOperationView(
        OperationId id,
        string name,
        PoliceForce leadForce,
        Interval period,
        PublicEventLink? linkedEvent,
        ReportedCount totalArrests,
        ReportedCount warrantsExecuted,
        PublicArrestBreakdown arrests)
    {
        Id = id;
        Name = name;
        LeadForce = leadForce;
        Period = period;
        LinkedEvent = linkedEvent;
        TotalArrests = WithoutWording(totalArrests);
        WarrantsExecuted = WithoutWording(warrantsExecuted);
        Arrests = arrests;
    }

    /// <summary>The operation's stable id.</summary>
    public OperationId Id { get; }

    /// <summary>The operation's name.</summary>
    public string Name { get; }

    /// <summary>The force that led it.</summary>
    public PoliceForce LeadForce { get; }

    /// <summary>When it ran (the end may be open).</summary>
    public Interval Period { get; }

    /// <summary>The public event it was linked to, if any.</summary>
    public PublicEventLink? LinkedEvent { get; }

    /// <summary>
    /// The headline number of arrests, as <see cref="OperationSummary.Arrests"/> gives it: the itemised arrests, or a
    /// reported total when it is larger ("55 arrests"), with its hedge. It can exceed <see cref="PublicArrestBreakdown.Total"/>
    /// of <see cref="Arrests"/>, which counts itemised arrests only.
    /// </summary>
    public ReportedCount TotalArrests { get; }

    /// <summary>Warrants executed, as <see cref="OperationSummary.WarrantsExecuted"/> gives it.</summary>
    public ReportedCount WarrantsExecuted { get; }

    /// <summary>The itemised arrests, as suppressed tables by age band, sex, ethnicity group, home area and offence group.</summary>
    public PublicArrestBreakdown Arrests { get; }

    /// <summary>The public view of <paramref name="operation"/>.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="threshold">N: counts below it are shown as "fewer than N". At least 1 (1 suppresses nothing); 3 by default.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1.</exception>
    /// <remarks>Immediate. Never reads <see cref="ArrestedPerson.Identifiers"/>.</remarks>
    /// <example>
    /// <code>
    /// PublicOperationView view = PublicOperationView.Of(operation, threshold: 3);
    /// string text = PublicViewText.Render(view);                 // counts below 3 read "fewer than 3"
    /// byte[] openData = PolicingJson.WritePublicView(view);
    /// </code>
    /// </example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The overload with a ledger takes its threshold from the ledger.")]
    public static PublicOperationView Of(Operation operation, int threshold = SmallCellSuppression.DefaultThreshold)
    {
        Preconditions.CheckNotNull(operation);
        SmallCellSuppression.CheckThreshold(threshold);
        return Of(operation, PublicArrestBreakdown.Of(operation.Arrests, threshold));
    }

    /// <summary>
    /// The public view of one operation published through a ledger the caller keeps across publications, so that it
    /// cannot be differenced against another publication of the same arrests (see <see cref="ReleaseLedger"/>).
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="ledger">The ledger of what has been published; its threshold is used.</param>
    /// <returns>The view; the operation's arrests are a block of the ledger from then on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The operation's arrests overlap published blocks without being exactly a union of them (a revised operation, for example).</exception>
    /// <remarks>Immediate. Never reads <see cref="ArrestedPerson.Identifiers"/>.</remarks>
    public static PublicOperationView Of(Operation operation, ReleaseLedger ledger)
    {
        Preconditions.CheckNotNull(operation);
        Preconditions.CheckNotNull(ledger);
        return Of(operation, ledger.Publish([operation]));
    }

    // The view around a breakdown already made public: the operation's own labels and its headline figures.
    private static PublicOperationView Of(Operation operation, PublicArrestBreakdown arrests)
    {
        OperationSummary summary = OperationSummary.Of(operation);
        return new PublicOperationView(
            operation.Id,
            operation.Name,
            operation.LeadForce,
            operation.Period,
            operation.LinkedEvent is { } linked ? PublicEventLink.Of(linked) : null,
            summary.Arrests,
            summary.WarrantsExecuted,
            arrests);
    }

    // A public view publishes numbers, not free text: the source's wording of a figure is dropped (its precision stays).
    private static ReportedCount WithoutWording(ReportedCount count) => new(count.Value, count.Precision, count.Upper);
}
