namespace PolicingModel;

/// <summary>
/// A substance, such as cocaine, with its legal history under the Misuse of Drugs Act 1971. The library ships the
/// common ones in <c>PolicingModel.Reference.Substances</c>; users may define others the same way.
/// </summary>
/// <remarks>
/// Value equality over all members. The class depends on the date (GHB moved from C to B on 2022-04-13), so ask
/// <see cref="ClassOn"/> with the date of the seizure or offence.
/// </remarks>
public sealed record Substance
{
    /// <summary>Creates a substance.</summary>
    /// <param name="code">Stable wire code, lower case with hyphens, such as <c>crack-cocaine</c>.</param>
    /// <param name="name">Display name, such as "crack cocaine".</param>
    /// <param name="history">Its classifications in date order: the first may have no date (in force since before any date covered), each later one must be dated after the one before.</param>
    /// <exception cref="ArgumentException">A malformed code, blank name, empty history, or history out of order.</exception>
    public Substance(string code, string name, EquatableArray<DrugClassification> history)
    {
        Code = CodeText.Check(code);
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgument(!history.IsEmpty, nameof(history), $"{nameof(history)} must contain at least one classification.");
        for (int i = 0; i < history.Length; i++)
        {
            DrugClassification step = history[i];
            if (step.Class is { } c)
            {
                Preconditions.CheckDefinedNotDefault(c, $"{nameof(history)}[{i}].Class");
            }
            Preconditions.CheckArgument(
                i == 0 || (step.EffectiveFrom is { } from && (history[i - 1].EffectiveFrom is not { } previous || from > previous)),
                nameof(history),
                $"{nameof(history)}[{i}] must have a date later than the classification before it.");
        }
        History = history;
    }

    /// <summary>Stable wire code.</summary>
    public string Code { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Its classifications, oldest first.</summary>
    public EquatableArray<DrugClassification> History { get; }

    /// <summary>The class in force on <paramref name="date"/>, or null when the substance was not controlled then.</summary>
    /// <param name="date">The date of the seizure or offence.</param>
    public DrugClass? ClassOn(LocalDate date)
    {
        DrugClass? result = null;
        foreach (DrugClassification step in History)
        {
            if (step.EffectiveFrom is { } from && from > date)
            {
                break;
            }
            result = step.Class;
        }
        return result;
    }

    /// <summary>The code, which is enough to identify the substance in logs.</summary>
    public override string ToString() => Code;
}
