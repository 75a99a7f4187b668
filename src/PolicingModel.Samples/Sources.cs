namespace PolicingModel.Samples;

/// <summary>The published sources the sample operations are written from, described in our own words.</summary>
public static class Sources
{
    /// <summary>The Metropolitan Police press release on the Violent Crime Taskforce's county lines warrants of 29 October 2020.</summary>
    public static SourceReference CountyLinesPressRelease { get; } = new(
        SourceKind.PressRelease,
        "Metropolitan Police Service",
        "Violent Crime Taskforce county lines warrants, Autumn Nights campaign",
        new LocalDate(2020, 10, 29));

    /// <summary>The local news report of criticism of the Met's raids in Catford and Kensington and Chelsea before Notting Hill Carnival 2023, quoting the Met's statement.</summary>
    public static SourceReference CarnivalRaidsNewsReport { get; } = new(
        SourceKind.NewsReport,
        "South-east London local news",
        "Criticism of Met drug raids in Catford ahead of Notting Hill Carnival",
        new LocalDate(2023, 8, 24));
}
