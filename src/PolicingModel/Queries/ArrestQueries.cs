namespace PolicingModel.Queries;

/// <summary>
/// Filters over arrests that read naturally in LINQ:
/// <c>operation.Arrests.WithOffenceGroup(OffenceGroup.Drugs).InvolvingDrugClass(DrugClass.A).InAgeBand(AgeBand.From18To20)</c>.
/// Every operator checks its arguments at once and defers the rest, streaming through <see cref="Enumerable.Where{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>.
/// </summary>
public static partial class ArrestQueries
{
}
