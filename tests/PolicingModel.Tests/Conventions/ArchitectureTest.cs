namespace PolicingModel.Tests.Conventions;

/// <summary>
/// The folders of the library are layers, and references between them point one way. The table below is the one place
/// the arrows are written (the README's design notes mirror it); the test reads every type reference from the compiled
/// assembly and fails on any that the table does not allow.
/// </summary>
public sealed class ArchitectureTest
{
    /// <summary>Each layer (a folder, and its namespace) and the layers it may use. Nothing may use a layer not listed for it.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Arrows = new Dictionary<string, string[]>
    {
        ["Model"] = [],
        ["Reference"] = ["Model"],
        ["Rules"] = ["Model", "Reference"],
        ["Validation"] = ["Model", "Reference", "Rules"],
        ["Queries"] = ["Model", "Reference", "Rules"],
        ["Aggregation"] = ["Model", "Reference"],
        ["Equality"] = ["Model", "Reference", "Aggregation"],
        ["Reporting"] = ["Model", "Reference", "Rules", "Validation", "Queries", "Aggregation", "Equality"],
        ["Privacy"] = ["Model", "Reference", "Aggregation", "Equality", "Reporting"],
        ["Serialization"] = ["Model", "Reference", "Rules", "Validation", "Aggregation", "Equality", "Privacy"],
    };

    [Fact]
    public void Every_reference_between_folders_follows_the_arrows()
    {
        string[] violations = Violations(typeof(Operation).Assembly.Location, "PolicingModel", Arrows);
        violations.Should().BeEmpty("references must follow the arrows in ArchitectureTest.Arrows");
    }

    [Fact]
    public void Every_folder_of_the_library_is_in_the_table()
    {
        string[] layers = TypeReferenceScanner.Scan(typeof(Operation).Assembly.Location).Keys
            .Select(name => LayerOf(name, "PolicingModel"))
            .OfType<string>()
            .Distinct()
            .ToArray();
        layers.Should().OnlyContain(layer => Arrows.ContainsKey(layer));
        layers.Should().Contain(["Model", "Reference", "Serialization"]);
    }

    [Fact]
    public void An_upward_reference_is_caught()
    {
        // The fixture below has a Low layer that uses its High layer, against the arrows given here.
        var arrows = new Dictionary<string, string[]> { ["Low"] = [], ["High"] = ["Low"] };
        string[] violations = Violations(typeof(ArchitectureTest).Assembly.Location, "PolicingModel.Tests.Conventions.ArchitectureFixture", arrows);
        violations.Should().BeEquivalentTo(
            "PolicingModel.Tests.Conventions.ArchitectureFixture.Low.Record (Low) uses PolicingModel.Tests.Conventions.ArchitectureFixture.High.Breakdown (High)",
            "PolicingModel.Tests.Conventions.ArchitectureFixture.Low.Summing (Low) uses PolicingModel.Tests.Conventions.ArchitectureFixture.High.Breakdown (High)");
    }

    /// <summary>Every reference from one layer under <paramref name="root"/> to another that <paramref name="arrows"/> does not allow.</summary>
    internal static string[] Violations(string assemblyPath, string root, IReadOnlyDictionary<string, string[]> arrows) =>
        TypeReferenceScanner.Scan(assemblyPath)
            .SelectMany(pair => pair.Value.Select(target => (Source: pair.Key, Target: target)))
            .Select(r => (r.Source, r.Target, From: LayerOf(r.Source, root), To: LayerOf(r.Target, root)))
            .Where(r => r.From is not null && r.To is not null && r.From != r.To
                        && (!arrows.TryGetValue(r.From, out string[]? allowed) || !allowed.Contains(r.To)))
            .Select(r => $"{r.Source} ({r.From}) uses {r.Target} ({r.To})")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The layer of a type: "Model" for the root namespace, else the first namespace part under the root; null for types
    /// outside the root (compiler-generated helpers, embedded attributes).
    /// </summary>
    private static string? LayerOf(string fullName, string root)
    {
        int lastDot = fullName.LastIndexOf('.');
        string ns = lastDot < 0 ? "" : fullName[..lastDot];
        if (ns == root)
        {
            return root == "PolicingModel" ? "Model" : null;
        }
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }
        string rest = ns[(root.Length + 1)..];
        int dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }
}
