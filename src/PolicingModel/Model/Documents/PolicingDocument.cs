namespace PolicingModel;

/// <summary>
/// The top-level JSON document: a semantic <see cref="SchemaVersion"/> first, then operations and any arrests recorded
/// outside an operation. Readers accept every document of the same major version (1.x.y), so a document written by
/// this version stays readable by every later 1.x library.
/// </summary>
/// <remarks>Value equality over all members, including both lists.</remarks>
public sealed record PolicingDocument
{
    /// <summary>The schema version this library writes.</summary>
    /// <remarks>
    /// 1.1.0 added offence and substance codes and made a warrant's premises optional. 1.2.0 lets an offence or a
    /// substance that the library does not list be written with its definition inline, and states in the schema what
    /// the reader always required (the item type of every array, at least one offence per arrest, a seized count of at
    /// least one). 1.3.0 adds the precisions up-to, fewer-than, range and unquantified with a figure's "upper" and
    /// "wording", the outcomes put-before-court and not-reported, outcome and people measures, offence groups,
    /// "predominantly" groups and prospective totals, joint lead forces, a unit's "takesArticle" and the unit "bags".
    /// Every earlier document is a valid later one, but not the other way round.
    /// </remarks>
    public const string CurrentSchemaVersion = "1.3.0";

    /// <summary>The major schema version this library reads.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>Creates a document (readers use this constructor; in code prefer <see cref="Create"/>).</summary>
    /// <param name="schemaVersion">A semantic version such as <c>1.0.0</c>.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="arrests">Arrests not recorded under an operation.</param>
    /// <exception cref="ArgumentException">The version is not <c>major.minor.patch</c>, or a list holds a null.</exception>
    public PolicingDocument(string schemaVersion, EquatableArray<Operation> operations = default, EquatableArray<Arrest> arrests = default)
    {
        ArgumentNullException.ThrowIfNull(schemaVersion);
        if (!SchemaVersions.TryParse(schemaVersion, out _))
        {
            throw new ArgumentException($"{nameof(schemaVersion)} must be a semantic version such as {CurrentSchemaVersion}; it was '{SafeText.Quote(schemaVersion)}'.", nameof(schemaVersion));
        }
        SchemaVersion = schemaVersion;
        Operations = NoNulls(operations, nameof(operations));
        Arrests = NoNulls(arrests, nameof(arrests));
    }

    /// <summary>A document of the current schema version.</summary>
    /// <param name="operations">The operations.</param>
    /// <param name="arrests">Arrests not recorded under an operation.</param>
    public static PolicingDocument Create(EquatableArray<Operation> operations = default, EquatableArray<Arrest> arrests = default) =>
        new(CurrentSchemaVersion, operations, arrests);

    /// <summary>The semantic version of the schema the document follows.</summary>
    public string SchemaVersion { get; }

    /// <summary>The operations.</summary>
    public EquatableArray<Operation> Operations { get; }

    /// <summary>Arrests not recorded under an operation.</summary>
    public EquatableArray<Arrest> Arrests { get; }

    private static EquatableArray<T> NoNulls<T>(EquatableArray<T> items, string name)
        where T : class
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null; collections must not contain nulls.", name);
            }
        }
        return items;
    }
}
