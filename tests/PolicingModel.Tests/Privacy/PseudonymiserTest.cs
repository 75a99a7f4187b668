using PolicingModel.Privacy;

namespace PolicingModel.Tests.Privacy;

public sealed class PseudonymiserTest
{
    private static readonly byte[] KeyA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Same_key_gives_the_same_pseudonym()
    {
        new Pseudonymiser(KeyA).Pseudonymise(new PersonId("P-1001"))
            .Should().Be(new Pseudonymiser(KeyA).Pseudonymise(new PersonId("P-1001")))
            .And.MatchRegex("^person-[0-9a-f]{32}$");
    }

    [Fact]
    public void A_different_key_gives_a_different_pseudonym()
    {
        new Pseudonymiser(KeyA).Pseudonymise(new PersonId("P-1001"))
            .Should().NotBe(new Pseudonymiser(KeyB).Pseudonymise(new PersonId("P-1001")));
    }

    [Fact]
    public void Kinds_of_id_do_not_collide_and_never_contain_the_id()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);
        string person = pseudonymiser.Pseudonymise(new PersonId("1001"));
        string arrest = pseudonymiser.Pseudonymise(new ArrestId("1001"));
        person["person-".Length..].Should().NotBe(arrest["arrest-".Length..]);
        arrest.Should().StartWith("arrest-").And.NotContain("1001");
    }

    [Fact]
    public void Known_answer_matches_hmac_sha256()
    {
        // HMAC-SHA256(key = bytes 1..32, message = "person\0P-1001"), first 16 bytes, computed independently.
        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(KeyA, "person\0P-1001"u8.ToArray());
        new Pseudonymiser(KeyA).Pseudonymise(new PersonId("P-1001"))
            .Should().Be("person-" + Convert.ToHexStringLower(expected.AsSpan(0, 16)));
    }

    [Fact]
    public void Short_keys_are_refused_and_the_key_is_never_printed()
    {
        Action act = () => _ = new Pseudonymiser(new byte[15]);
        act.Should().Throw<ArgumentException>().WithParameterName("key").WithMessage("*at least 16 bytes*");
        new Pseudonymiser(KeyA).ToString().Should().Be("Pseudonymiser { key redacted }");
    }
}
