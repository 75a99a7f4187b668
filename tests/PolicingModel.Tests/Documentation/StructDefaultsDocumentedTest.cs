using System.Reflection;
using System.Xml.Linq;

namespace PolicingModel.Tests.Documentation;

/// <summary>
/// Every public struct can be created as <c>default</c> without a constructor, so each says what its default value
/// is: a valid value with a meaning ("an exact zero", "unknown age", "the total key"), or unset and refused wherever it
/// is passed (ids, currencies, amounts). The statement lives in its XML docs, where a user hovering over the type reads it.
/// </summary>
public sealed class StructDefaultsDocumentedTest
{
    private static readonly Assembly Library = typeof(Operation).Assembly;

    public static TheoryData<string> PublicStructs()
    {
        var data = new TheoryData<string>();
        foreach (Type type in Library.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void Says_what_its_default_value_is(string fullName)
    {
        XDocument docs = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));
        string id = "T:" + fullName;
        XElement member = docs.Descendants("member").Single(m => (string)m.Attribute("name")! == id);
        string text = string.Concat(member.Elements("summary").Concat(member.Elements("remarks")).Select(e => e.Value));
        text.Should().MatchRegex("(?i)default", $"{fullName} must say in its summary or remarks what its default value is");
    }
}
