using PolicingModel.Queries;
using PolicingModel.Samples;

namespace PolicingModel.Tests.Queries;

public sealed partial class ArrestQueriesTest
{
    private static IEnumerable<Arrest> CountyLines => CountyLinesWarrantsOperation.Operation.Arrests;

    private static string[] Ids(IEnumerable<Arrest> arrests) => [.. arrests.Select(a => a.Id.Value)];
}
