namespace PolicingModel;

/// <summary>
/// An offence someone is arrested on suspicion of (or charged with): the offence, whether inchoate (conspiracy,
/// attempt), and for drug offences the class and, where known, the substance. "Conspiracy to supply Class A drugs"
/// is <c>new SuspectedOffence(Offences.Supply, InchoateForm.Conspiracy, DrugClass.A)</c>.
/// </summary>
/// <remarks>
/// Value equality over all members. Whether the stated class matches the substance on the date of the offence is a
/// dated rule, checked by validation.
/// </remarks>
public sealed record SuspectedOffence
{
    /// <summary>Creates a suspected offence.</summary>
    /// <param name="offence">The offence.</param>
    /// <param name="form">Substantive or inchoate.</param>
    /// <param name="drugClass">The drug class, for an offence that takes one.</param>
    /// <param name="substance">The substance, for an offence that takes a drug class, when known.</param>
    /// <exception cref="ArgumentException">
    /// A missing offence, undefined form or class, a drug class or substance on an offence that is not about drugs, or
    /// an inchoate form of a ground of arrest that is not an offence (there is no conspiracy to be wanted on warrant).
    /// </exception>
    public SuspectedOffence(Offence offence, InchoateForm form = InchoateForm.None, DrugClass? drugClass = null, Substance? substance = null)
    {
        Offence = Preconditions.CheckNotNull(offence);
        Form = Preconditions.CheckDefined(form);
        Preconditions.CheckArgument(
            offence.IsOffence || form == InchoateForm.None,
            nameof(form),
            $"'{offence.Code}' is not an offence, so it has no inchoate {nameof(form)}.");
        if (drugClass is { } c)
        {
            Preconditions.CheckDefinedNotDefault(c, nameof(drugClass));
        }
        Preconditions.CheckArgument(
            offence.TakesDrugClass || (drugClass is null && substance is null),
            nameof(drugClass),
            $"{nameof(drugClass)} and {nameof(substance)} are only allowed on an offence about controlled drugs; '{offence.Code}' is not.");
        DrugClass = drugClass;
        Substance = substance;
    }

    /// <summary>The offence.</summary>
    public Offence Offence { get; }

    /// <summary>Substantive or inchoate.</summary>
    public InchoateForm Form { get; }

    /// <summary>The drug class stated, if any.</summary>
    public DrugClass? DrugClass { get; }

    /// <summary>The substance, if known.</summary>
    public Substance? Substance { get; }

    /// <summary>The offence group (inchoate offences are counted in the group of the substantive offence).</summary>
    public OffenceGroup Group => Offence.Group;
}
