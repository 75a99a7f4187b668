using PolicingModel.Validation;

namespace PolicingModel.Tests.Model;

/// <summary>Names, dates of birth and addresses never appear in ToString() of any record that holds them.</summary>
public sealed class PersonalIdentifiersTest
{
    private static readonly PersonalIdentifiers Identifiers = new(
        "Jane Quinnell-Example", new LocalDate(1999, 3, 14), new PostalAddress(["42 Acacia Avenue", "Croydon"], "CR0 9XX"), "99/123456Z");

    private static readonly string[] Secrets = ["Quinnell", "1999", "03-14", "Acacia", "CR0 9XX", "123456Z"];

    [Fact]
    public void Nothing_that_holds_identifiers_prints_them()
    {
        ArrestedPerson person = Examples.Person(age: 24, identifiers: Identifiers);
        Arrest arrest = Examples.Arrest(person: person);
        Operation operation = Examples.Operation(arrests: [arrest]);
        Place premises = Place.AtAddress(Identifiers.HomeAddress!, PoliceForce.Metropolitan, "Croydon", LondonBorough.Croydon);

        foreach (string text in new[] { Identifiers.ToString(), person.ToString(), arrest.ToString(), operation.ToString(), premises.ToString(), Identifiers.HomeAddress!.ToString() })
        {
            text.Should().NotContainAny(Secrets);
        }
        person.ToString().Should().Contain("redacted").And.Contain("Lambeth");
        premises.ToString().Should().Contain("Address = redacted");
    }

    [Fact]
    public void Validation_messages_about_a_date_of_birth_do_not_print_it()
    {
        Arrest arrest = Examples.Arrest(person: Examples.Person(age: 40, identifiers: Identifiers));
        ValidationResult result = OperationValidator.Validate(Examples.Operation(arrests: [arrest]));
        result.Problems.Should().ContainSingle(p => p.Code == ValidationCodes.DateOfBirthContradictsAge);
        result.ToString().Should().NotContainAny(Secrets);
    }
}
