using System.Runtime.CompilerServices;

namespace PolicingModel;

// A seizure of zero things is not a seizure.
internal static class SeizedCount
{
    internal static ReportedCount Check(ReportedCount count, [CallerArgumentExpression(nameof(count))] string paramName = "")
    {
        Preconditions.CheckArgument(
            count.Value > 0 || count.Precision.IsLowerBound() || count.Precision == Precision.Unquantified,
            paramName,
            $"{paramName} must be at least one; a seizure of nothing is not recorded.");
        return count;
    }
}
