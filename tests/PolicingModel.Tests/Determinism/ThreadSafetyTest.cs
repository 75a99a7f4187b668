using PolicingModel.Validation;

namespace PolicingModel.Tests.Determinism;

/// <summary>Records and reference data are safe to share between threads: parallel readers see what a single reader sees.</summary>
public sealed class ThreadSafetyTest
{
    private static string Read(Operation operation) => string.Join("|",
        OperationValidator.Validate(operation).ToString(),
        operation.GetHashCode(),
        string.Join(",", operation.Arrests.Select(a => AgeBands.Of(a.Person.Age))),
        string.Join(",", operation.Arrests.Select(a => WireCodes.ToCode(a.Person.HomeArea!.Force))),
        string.Join(",", Enum.GetValues<PoliceForce>().Select(f => WireCodes.FromCode<PoliceForce>(WireCodes.ToCode(f)))),
        Substances.Ghb.ClassOn(new LocalDate(2022, 4, 13)));

    [Fact]
    public void Parallel_readers_agree_with_a_single_reader()
    {
        Operation[] operations = [CountyLinesWarrantsOperation.Operation, CarnivalRaidsOperation.Operation];
        string[] expected = operations.Select(Read).ToArray();
        var results = new string[2000];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Read(operations[i % 2]));
        for (int i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % 2]);
        }
    }
}
