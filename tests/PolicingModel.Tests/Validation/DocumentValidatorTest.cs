using PolicingModel.Serialization;
using PolicingModel.Validation;

namespace PolicingModel.Tests.Validation;

/// <summary>A document is validated operation by operation, and its arrests outside an operation on their own.</summary>
public sealed class DocumentValidatorTest
{
    [Fact]
    public void Operation_problems_are_placed_under_their_operation()
    {
        Operation clean = Examples.Operation(arrests: [Examples.Arrest()]);
        Operation strayed = Examples.Operation(arrests: [Examples.Arrest(warrant: new WarrantId("w9"))]);
        ValidationResult result = DocumentValidator.Validate(PolicingDocument.Create([clean, strayed]));
        result.Problems.Should().ContainSingle().Which.Path.Should().Be("/operations/1/arrests/0/warrant");
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Arrests_outside_an_operation_get_the_checks_that_need_no_operation()
    {
        // Born 2000-01-01, so 24 at the 2024 arrest, not the recorded 30; and the same id twice.
        ArrestedPerson person = Examples.Person(identifiers: new PersonalIdentifiers(dateOfBirth: new LocalDate(2000, 1, 1)));
        Arrest arrest = Examples.Arrest(person: person);
        ValidationResult result = DocumentValidator.Validate(PolicingDocument.Create(arrests: [arrest, arrest]));
        result.Problems.Select(p => (p.Code, p.Path)).Should().Contain(
        [
            (ValidationCodes.DateOfBirthContradictsAge, "/arrests/0/person/age"),
            (ValidationCodes.DuplicateArrestId, "/arrests/1/id"),
            (ValidationCodes.DateOfBirthContradictsAge, "/arrests/1/person/age"),
        ]);
        result.ToString().Should().NotContain("2000", "a date of birth is personal data");
    }

    [Fact]
    public void An_empty_document_is_valid_and_null_is_refused()
    {
        DocumentValidator.Validate(PolicingDocument.Create()).ToString().Should().Be("valid");
        FluentActions.Invoking(() => DocumentValidator.Validate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("document");
    }
}
