using PolicingModel.Aggregation;
using PolicingModel.Reference;
using Parquet;
using Parquet.Schema;

namespace PolicingModel.Columnar;

/// <summary>
/// Writes arrests as Parquet, in the columns of <see cref="ArrestColumns"/>, to a stream the caller supplies and keeps:
/// the file DuckDB (<c>read_parquet</c>), Spark, Trino and Polars read as a table.
/// </summary>
/// <remarks>
/// Rows are written in row groups of <c>rowGroupSize</c> arrests; only the current row group's columns are held in
/// memory, so a stream of arrests of any length (such as <c>PolicingJson.ReadJsonLinesAsync&lt;Arrest&gt;</c> over a
/// file) is written in memory proportional to the row group. Strings are dictionary-encoded and pages compressed with
/// Snappy (Parquet.Net's defaults), which every engine reads.
/// </remarks>
public static class ArrestParquet
{
    /// <summary>The default number of arrests per row group: large enough for engines to read efficiently, small enough to hold in memory (about 40 MB of columns).</summary>
    public const int DefaultRowGroupSize = 262_144;

    /// <summary>Writes arrests from an asynchronous sequence as one Parquet file.</summary>
    /// <param name="destination">A writable, seekable stream (Parquet.Net needs to seek); left open.</param>
    /// <param name="arrests">The arrests, enumerated once.</param>
    /// <param name="rowGroupSize">Arrests per row group, at least 1.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many arrests were written.</returns>
    /// <exception cref="ArgumentNullException">A null argument, or a null arrest.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written or cannot seek.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static async Task<long> WriteAsync(Stream destination, IAsyncEnumerable<Arrest> arrests, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(arrests);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        if (!destination.CanWrite || !destination.CanSeek)
        {
            throw new ArgumentException("The destination must be writable and seekable (Parquet.Net writes the file's footer after seeking).", nameof(destination));
        }
        var rows = new RowGroup(rowGroupSize);
        long written = 0;
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(ArrestColumns.Schema, destination, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await foreach (Arrest arrest in arrests.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(arrest ?? throw new ArgumentNullException(nameof(arrests), $"arrests[{written}] is null."));
                written++;
                if (rows.Count == rowGroupSize)
                {
                    await rows.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
                }
            }
            if (rows.Count > 0 || written == 0)
            {
                await rows.WriteAsync(writer, cancellationToken).ConfigureAwait(false);
            }
        }
        return written;
    }

    /// <summary>Writes arrests as one Parquet file.</summary>
    /// <param name="destination">A writable, seekable stream; left open.</param>
    /// <param name="arrests">The arrests, enumerated once.</param>
    /// <param name="rowGroupSize">Arrests per row group, at least 1.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many arrests were written.</returns>
    /// <exception cref="ArgumentNullException">A null argument, or a null arrest.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> cannot be written or cannot seek.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads that differ in the type of their input, each with the same optional settings; new settings go into a new overload, never as another optional parameter.")]
    public static Task<long> WriteAsync(Stream destination, IEnumerable<Arrest> arrests, int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arrests);
        return WriteAsync(destination, Async(arrests), rowGroupSize, cancellationToken);
    }

    private static async IAsyncEnumerable<Arrest> Async(IEnumerable<Arrest> arrests)
    {
        foreach (Arrest arrest in arrests)
        {
            yield return arrest;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    // The columns of one row group, filled an arrest at a time and written column by column in schema order.
    private sealed class RowGroup(int capacity)
    {
        private readonly DateTime[] arrestedAt = new DateTime[capacity];
        private readonly int[] year = new int[capacity];
        private readonly string[] force = new string[capacity];
        private readonly string[] offence = new string[capacity];
        private readonly string[] offenceGroup = new string[capacity];
        private readonly int[] offenceCount = new int[capacity];
        private readonly int[] ageMin = new int[capacity];
        private readonly int[] ageMax = new int[capacity];
        private readonly string[] ageBand = new string[capacity];
        private readonly string[] sex = new string[capacity];
        private readonly string[] selfDefined = new string[capacity];
        private readonly string[] selfDefinedGroup = new string[capacity];
        private readonly string[] officerDefined = new string[capacity];
        private readonly string[] officerDefinedGroup = new string[capacity];
        private readonly string[] homeBorough = new string[capacity];
        private readonly string[] homeForceArea = new string[capacity];
        private readonly string[] homeArea = new string[capacity];
        private readonly string[] outcome = new string[capacity];

        internal int Count { get; private set; }

        internal void Add(Arrest arrest)
        {
            int i = Count++;
            ArrestedPerson person = arrest.Person;
            arrestedAt[i] = arrest.ArrestedAt.ToDateTimeUtc();
            year[i] = arrest.ArrestedAt.InUtc().Year;
            force[i] = WireCodes.ToCode(arrest.Force);
            offence[i] = arrest.PrincipalOffence.Offence.Code;
            offenceGroup[i] = WireCodes.ToCode(arrest.PrincipalOffence.Group);
            offenceCount[i] = arrest.Offences.Length;
            ageMin[i] = person.Age.MinYears;
            ageMax[i] = person.Age.MaxYearsInclusive;
            ageBand[i] = WireCodes.ToCode(AgeBands.Of(person.Age));
            sex[i] = WireCodes.ToCode(person.Sex);
            selfDefined[i] = WireCodes.ToCode(person.SelfDefinedEthnicity);
            selfDefinedGroup[i] = WireCodes.ToCode(EthnicityGroups.Of(person.SelfDefinedEthnicity));
            officerDefined[i] = WireCodes.ToCode(person.OfficerDefinedEthnicity);
            officerDefinedGroup[i] = WireCodes.ToCode(EthnicityGroups.Of(person.OfficerDefinedEthnicity));
            homeBorough[i] = person.HomeArea?.Borough is { } borough ? WireCodes.ToCode(borough) : null!; // null: no borough known
            homeForceArea[i] = person.HomeArea is { } home ? WireCodes.ToCode(home.Force) : null!;
            homeArea[i] = AreaCode(AreaKey.Of(person.HomeArea));
            outcome[i] = WireCodes.ToCode(ArrestOutcomeKinds.Of(arrest.Outcome));
        }

        internal async Task WriteAsync(ParquetWriter writer, CancellationToken cancellationToken)
        {
            int n = Count;
            DataField[] fields = ArrestColumns.Schema.GetDataFields();
            using (ParquetRowGroupWriter group = writer.CreateRowGroup())
            {
                int f = 0;
                await group.WriteAsync<DateTime>(fields[f++], arrestedAt.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<int>(fields[f++], year.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(force, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(offence, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(offenceGroup, 0, n)).ConfigureAwait(false);
                await group.WriteAsync<int>(fields[f++], offenceCount.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<int>(fields[f++], ageMin.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<int>(fields[f++], ageMax.AsMemory(0, n), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(ageBand, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(sex, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(selfDefined, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(selfDefinedGroup, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(officerDefined, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(officerDefinedGroup, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(homeBorough, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(homeForceArea, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f++], new ArraySegment<string>(homeArea, 0, n)).ConfigureAwait(false);
                await group.WriteAsync(fields[f], new ArraySegment<string>(outcome, 0, n)).ConfigureAwait(false);
            }
            Count = 0;
        }

        // As the breakdown verb prints a home area.
        private static string AreaCode(AreaKey area) =>
            area.Borough is { } borough ? "borough:" + WireCodes.ToCode(borough)
            : area.ForceArea is { } forceArea ? "force:" + WireCodes.ToCode(forceArea)
            : "unknown";
    }
}
