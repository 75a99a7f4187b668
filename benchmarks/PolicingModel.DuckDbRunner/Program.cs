using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using PolicingModel;
using PolicingModel.Reference;

// DuckDB's side of the end-to-end comparison: arrests by offence group × age band × self-defined ethnicity group, from
// a JSON Lines file (read_json) or a Parquet file written by PolicingModel.Columnar (read_parquet), on the number of
// threads given, printed as the breakdown verb's CSV. The reference data DuckDB cannot know (which offence is in which
// group, which code in which ethnicity group, which age in which band) is given to it as three small tables made from
// the library's own lists; DuckDB does the rest. The JSON columns are declared, so DuckDB reads only those members
// (its fastest way to read JSON) and, unlike the library, checks nothing else of each record.
if (args is not [string file, "--threads", string threadText] || !int.TryParse(threadText, CultureInfo.InvariantCulture, out int threads) || threads < 1)
{
    Console.Error.WriteLine("usage: PolicingModel.DuckDbRunner <file.jsonl|file.parquet> --threads n");
    return 2;
}

using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();
Execute(connection, $"SET threads = {threads}");
Execute(connection, "CREATE TABLE offence_groups (offence VARCHAR, grp VARCHAR)");
Execute(connection, "INSERT INTO offence_groups VALUES " + string.Join(",", Offences.All.Select(o => $"({Quote(o.Code)},{Quote(WireCodes.ToCode(o.Group))})")));
Execute(connection, "CREATE TABLE ethnicity_groups (code VARCHAR, grp VARCHAR)");
Execute(connection, "INSERT INTO ethnicity_groups VALUES " + string.Join(",", Enum.GetValues<SelfDefinedEthnicity>().Select(e => $"({Quote(WireCodes.ToCode(e))},{Quote(WireCodes.ToCode(EthnicityGroups.Of(e)))})")));
Execute(connection, "CREATE TABLE age_bands (years INTEGER, band VARCHAR)");
Execute(connection, "INSERT INTO age_bands VALUES " + string.Join(",", Enumerable.Range(0, Age.MaxYears + 1).Select(y => $"({y},{Quote(WireCodes.ToCode(AgeBands.Of(Age.Exactly(y))))})")));

string source = file.EndsWith(".parquet", StringComparison.Ordinal)
    ? $"(SELECT offence_group AS grp, age_band AS band, ethnicity_group AS ethnicity FROM read_parquet({Quote(file)}))"
    : $"""
      (SELECT o.grp, CASE WHEN lo.band = hi.band THEN lo.band ELSE 'unknown' END AS band, e.grp AS ethnicity
       FROM read_json({Quote(file)}, format = 'newline_delimited',
            columns = {"{"}person: 'STRUCT(age STRUCT(min INTEGER, max INTEGER), selfDefinedEthnicity VARCHAR)', offences: 'STRUCT(offence VARCHAR)[]'{"}"}) a
       JOIN offence_groups o ON o.offence = a.offences[1].offence
       JOIN age_bands lo ON lo.years = a.person.age.min
       JOIN age_bands hi ON hi.years = a.person.age.max
       JOIN ethnicity_groups e ON e.code = a.person.selfDefinedEthnicity)
      """;
using var command = connection.CreateCommand();
command.CommandText = $"SELECT grp, band, ethnicity, count(*) FROM {source} GROUP BY ALL ORDER BY ALL";
using var reader = command.ExecuteReader();
var output = new StringBuilder("offence_group,age_band,ethnicity_group,arrests\n");
while (reader.Read())
{
    output.Append(CultureInfo.InvariantCulture, $"{reader.GetString(0)},{reader.GetString(1)},{reader.GetString(2)},{reader.GetInt64(3)}\n");
}
Console.Out.Write(output);
return 0;

static void Execute(DuckDBConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
