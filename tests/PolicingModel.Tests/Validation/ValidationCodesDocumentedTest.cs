using System.Reflection;
using PolicingModel.Rules;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Validation;

/// <summary>The README is where users look up a code: every code the library can emit must have its row there.</summary>
public sealed class ValidationCodesDocumentedTest
{
    private static readonly string[] AllCodes =
    [
        .. new[] { typeof(ValidationCodes), typeof(RuleCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    public static TheoryData<string> Codes => new(AllCodes);

    [Fact]
    public void Codes_are_unique_and_all_found() => AllCodes.Should().OnlyHaveUniqueItems().And.HaveCount(36);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_has_a_row_with_an_example_in_the_README(string code) =>
        RepositoryFiles.ReadAllText("README.md").Should().Contain($"| {code} |").And.Contain($"`{code} ");
}
