using System.Reflection;
using System.Xml.Linq;

namespace PolicingModel.Tests.Documentation;

/// <summary>
/// The package's XML documentation describes the public API and nothing else: internal members are documented with
/// plain comments, so their notes never reach a user's IntelliSense (the compiler would otherwise ship every
/// documented member, whatever its accessibility).
/// </summary>
public sealed class XmlDocsTest
{
    private static readonly Assembly Library = typeof(Operation).Assembly;

    [Fact]
    public void Every_documented_member_is_visible_outside_the_library()
    {
        string xml = Path.ChangeExtension(Library.Location, ".xml");
        string[] names = [.. XDocument.Load(xml).Descendants("member").Select(m => (string)m.Attribute("name")!)];
        names.Should().HaveCountGreaterThan(1000);
        names.Where(name => !IsVisible(name)).Should().BeEmpty();
    }

    [Fact]
    public void The_check_recognises_an_internal_member()
    {
        IsVisible("T:PolicingModel.Aggregation.DenseCells").Should().BeFalse();
        IsVisible("M:PolicingModel.Preconditions.CheckNotNull``1(``0,System.String)").Should().BeFalse();
        IsVisible("T:PolicingModel.Operation.Builder").Should().BeTrue();
        IsVisible("M:PolicingModel.Operation.#ctor(PolicingModel.OperationId)").Should().BeTrue();
    }

    private static bool IsVisible(string docId)
    {
        char kind = docId[0];
        string name = docId[2..];
        int args = name.IndexOf('(');
        if (args >= 0)
        {
            name = name[..args];
        }
        if (kind == 'T')
        {
            return FindType(name) is { IsVisible: true };
        }
        int dot = name.LastIndexOf('.');
        Type? type = FindType(name[..dot]);
        string member = name[(dot + 1)..];
        int generic = member.IndexOf("``", StringComparison.Ordinal);
        if (generic >= 0)
        {
            member = member[..generic];
        }
        if (type is not { IsVisible: true })
        {
            return false;
        }
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<MemberInfo> members = member == "#ctor"
            ? type.GetConstructors(all)
            : type.GetMember(member.Replace('#', '.'), all).Concat(type.GetMember(member, all));
        return members.Any(m => m switch
        {
            ConstructorInfo c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly,
            MethodInfo mi => mi.IsPublic || mi.IsFamily || mi.IsFamilyOrAssembly || mi.Name.Contains('.', StringComparison.Ordinal),
            PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly || a.Name.Contains('.', StringComparison.Ordinal)),
            FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
            EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
            Type t => t.IsVisible,
            _ => false,
        });
    }

    /// <summary>The type of a documentation id's type part: nested types are joined by '.' there and by '+' in reflection.</summary>
    private static Type? FindType(string name)
    {
        string candidate = name;
        while (true)
        {
            if (Library.GetType(candidate) is { } found)
            {
                return found;
            }
            int dot = candidate.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }
            candidate = candidate[..dot] + "+" + candidate[(dot + 1)..];
        }
    }
}
