namespace PolicingModel;

/// <summary>Where a record or figure came from: a press release, a news report, official statistics or a records system.</summary>
/// <remarks>Value equality over all members. No member holds personal data.</remarks>
public sealed record SourceReference
{
    /// <summary>Creates a source reference.</summary>
    /// <param name="kind">What kind of source it is.</param>
    /// <param name="publisher">Who published it, such as "Metropolitan Police Service".</param>
    /// <param name="title">Its title.</param>
    /// <param name="published">When it was published, if known.</param>
    /// <param name="url">Where it can be read, if public; must be an absolute http or https address.</param>
    /// <exception cref="ArgumentException">Blank publisher or title, undefined kind, or a URL that is not absolute http(s).</exception>
    public SourceReference(SourceKind kind, string publisher, string title, LocalDate? published = null, Uri? url = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Publisher = Preconditions.CheckNotBlank(publisher);
        Title = Preconditions.CheckNotBlank(title);
        Published = ModelCalendar.Check(published);
        if (url is not null)
        {
            Preconditions.CheckArgument(
                url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                nameof(url),
                $"{nameof(url)} must be an absolute http or https address.");
        }
        Url = url;
    }

    /// <summary>What kind of source it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Who published it.</summary>
    public string Publisher { get; }

    /// <summary>Its title.</summary>
    public string Title { get; }

    /// <summary>When it was published, if known.</summary>
    public LocalDate? Published { get; }

    /// <summary>Where it can be read, if public.</summary>
    public Uri? Url { get; }
}

/// <summary>The kind of a <see cref="SourceReference"/>; it tells a reader how much rounding to expect.</summary>
public enum SourceKind
{
    /// <summary>A police or partner press release: figures are often rounded and hedged.</summary>
    [WireCode("press-release")]
    PressRelease = 0,

    /// <summary>A news report quoting others.</summary>
    [WireCode("news-report")]
    NewsReport = 1,

    /// <summary>Published official statistics.</summary>
    [WireCode("official-statistics")]
    OfficialStatistics = 2,

    /// <summary>An operational records system: figures are exact unless marked otherwise.</summary>
    [WireCode("records-system")]
    RecordsSystem = 3,

    /// <summary>A court record or judgment.</summary>
    [WireCode("court-record")]
    CourtRecord = 4,
}
