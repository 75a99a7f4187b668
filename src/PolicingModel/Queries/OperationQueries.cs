namespace PolicingModel.Queries;

/// <summary>Filters over operations, such as the operations in the run-up to a public event.</summary>
public static partial class OperationQueries
{
}
