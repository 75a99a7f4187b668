namespace PolicingModel;

// The invariants every hedged figure shares (ReportedCount, Money, Quantity), so that their messages read alike.
internal static class FigureRules
{
    // The longest wording kept with a figure: a hedge or a quantifier phrase, not a sentence.
    internal const int MaxWordingLength = 60;

    internal static void Check(decimal value, Precision precision, decimal? upper, string? wording, string valueName)
    {
        Preconditions.CheckDefined(precision, nameof(precision));
        if (precision == Precision.Range)
        {
            Preconditions.CheckArgument(upper is { } u && u > value, nameof(upper), $"{nameof(upper)} must be greater than {valueName} for a range.");
        }
        else
        {
            Preconditions.CheckArgument(upper is null, nameof(upper), $"{nameof(upper)} is only given for a range.");
        }
        Preconditions.CheckArgument(precision != Precision.Unquantified || value == 0m, valueName, $"{valueName} must be 0 when the figure is unquantified (it has no number).");
        Preconditions.CheckNullOrNotBlank(wording, nameof(wording));
        Preconditions.CheckArgument(wording is null || wording.Length <= MaxWordingLength, nameof(wording), $"{nameof(wording)} must be at most {MaxWordingLength} characters.");
    }

    // A figure kept within max: a lower end beyond it becomes "at least max", an upper end beyond it "at least" the
    // lower end (both true statements), so that capped sums never overflow and never claim more than they know.
    internal static (decimal Value, Precision Precision, decimal? Upper) Capped(this (decimal Value, Precision Precision, decimal? Upper) figure, decimal max) =>
        figure.Value > max ? (max, Precision.AtLeast, null)
        : figure.Upper > max ? (figure.Value, Precision.AtLeast, null)
        : figure;

    // Wording survives a sum only when the other part adds nothing (an exact zero with no words of its own).
    internal static string? WordingOfSum(decimal leftValue, Precision leftPrecision, string? leftWording, decimal rightValue, Precision rightPrecision, string? rightWording) =>
        leftValue == 0m && leftPrecision == Precision.Exact && leftWording is null ? rightWording
        : rightValue == 0m && rightPrecision == Precision.Exact && rightWording is null ? leftWording
        : null;
}
