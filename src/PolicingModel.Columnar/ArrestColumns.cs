using Parquet.Schema;

namespace PolicingModel.Columnar;

/// <summary>
/// The column schema of arrests written by <see cref="ArrestParquet"/>: one row per arrest, one column per coded
/// member, each value the JSON contract's own wire code (the codes of <c>schema/policing-model.schema.json</c>), so a
/// query over the Parquet file and a query over the JSON name the same things the same way.
/// </summary>
/// <remarks>
/// <para>Columns, in order (all required unless marked nullable):</para>
/// <list type="table">
/// <listheader><term>column</term><description>type: meaning</description></listheader>
/// <item><term><c>arrested_at</c></term><description>timestamp (UTC, microseconds): <see cref="Arrest.ArrestedAt"/>.</description></item>
/// <item><term><c>arrest_year</c></term><description>int32: the calendar year of the arrest in UTC, the usual partition key beside <c>force</c>.</description></item>
/// <item><term><c>force</c></term><description>string: the arresting force's code (<c>metropolitan</c>).</description></item>
/// <item><term><c>offence</c></term><description>string: the principal offence's code (<c>concerned-in-supply</c>).</description></item>
/// <item><term><c>offence_group</c></term><description>string: its Home Office offence group (<c>drug-offences</c>).</description></item>
/// <item><term><c>offence_count</c></term><description>int32: how many offences were suspected.</description></item>
/// <item><term><c>age_min</c>, <c>age_max</c></term><description>int32: the age range in whole years (0 and 120 when unknown).</description></item>
/// <item><term><c>age_band</c></term><description>string: the Home Office age band (<c>from-18-to-20</c>, <c>unknown</c>).</description></item>
/// <item><term><c>sex</c></term><description>string: <c>male</c>, <c>female</c>, ….</description></item>
/// <item><term><c>self_defined_ethnicity</c>, <c>ethnicity_group</c></term><description>string: the 18+1 code (<c>W1</c>, <c>NS</c>) and its five-group rollup (<c>white</c>).</description></item>
/// <item><term><c>officer_defined_ethnicity</c>, <c>officer_defined_ethnicity_group</c></term><description>string: the IC code and its rollup.</description></item>
/// <item><term><c>home_borough</c></term><description>string, nullable: the London borough (GSS code) the person lives in, when known.</description></item>
/// <item><term><c>home_force_area</c></term><description>string, nullable: the force area the person lives in, when known.</description></item>
/// <item><term><c>home_area</c></term><description>string: the breakdown's home area: <c>borough:</c> and a borough code, else <c>force:</c> and a force code, else <c>unknown</c>.</description></item>
/// <item><term><c>outcome</c></term><description>string: the kind of outcome (<c>charged</c>, <c>released-under-investigation</c>).</description></item>
/// </list>
/// <para>
/// No identifier, name, address or free text is written: the file holds what arrest statistics hold and nothing a
/// person could be found by.
/// </para>
/// </remarks>
public static class ArrestColumns
{
    /// <summary>The Parquet schema of the columns above.</summary>
    public static ParquetSchema Schema { get; } = new(
        new DateTimeDataField("arrested_at", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros),
        new DataField<int>("arrest_year"),
        new DataField<string>("force", nullable: false),
        new DataField<string>("offence", nullable: false),
        new DataField<string>("offence_group", nullable: false),
        new DataField<int>("offence_count"),
        new DataField<int>("age_min"),
        new DataField<int>("age_max"),
        new DataField<string>("age_band", nullable: false),
        new DataField<string>("sex", nullable: false),
        new DataField<string>("self_defined_ethnicity", nullable: false),
        new DataField<string>("ethnicity_group", nullable: false),
        new DataField<string>("officer_defined_ethnicity", nullable: false),
        new DataField<string>("officer_defined_ethnicity_group", nullable: false),
        new DataField<string>("home_borough", nullable: true),
        new DataField<string>("home_force_area", nullable: true),
        new DataField<string>("home_area", nullable: false),
        new DataField<string>("outcome", nullable: false));
}
