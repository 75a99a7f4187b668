using System.Security.Cryptography;
using System.Text;

namespace PolicingModel.Privacy;

/// <summary>
/// Replaces person and arrest ids with keyed pseudonyms (HMAC-SHA256 under a key the caller supplies), so that
/// datasets can be joined on the same person or arrest without names or source-system ids. The same key always
/// gives the same pseudonym; without the key a pseudonym cannot be linked back to the id, nor recomputed from a
/// guessed id.
/// </summary>
/// <remarks>
/// Each kind of id is hashed under its own label, so a person id and an arrest id with the same text get unrelated
/// pseudonyms. A pseudonym is the kind's prefix and the first 128 bits of the HMAC in lower-case hex, for example
/// <c>person-3f2a…</c>. Keep the key secret and rotate it by publishing under a new key: pseudonyms under different
/// keys do not link. Instances are immutable and safe to share between threads; <see cref="ToString"/> never prints
/// the key.
/// </remarks>
/// <example>
/// <code>
/// var pseudonymiser = new Pseudonymiser(keyFromYourSecretStore);
/// string pseudonym = pseudonymiser.Pseudonymise(arrest.Person.Id!.Value);
/// </code>
/// </example>
public sealed class Pseudonymiser
{
    /// <summary>The shortest key accepted, in bytes (128 bits).</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[] key;

    /// <summary>Creates a pseudonymiser with a secret key.</summary>
    /// <param name="key">At least 16 bytes of secret, random key material (32 recommended).</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/>.</exception>
    public Pseudonymiser(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(key.Length >= MinimumKeyLength, nameof(key), $"{nameof(key)} must be at least {MinimumKeyLength} bytes of secret key material; it was {key.Length}.");
        this.key = key.ToArray();
    }

    /// <summary>The pseudonym of a person id.</summary>
    /// <param name="id">A person id.</param>
    /// <exception cref="ArgumentException">The id is unset.</exception>
    public string Pseudonymise(PersonId id) => Pseudonym("person", Identifier.CheckSet(id).Value);

    /// <summary>The pseudonym of an arrest id.</summary>
    /// <param name="id">An arrest id.</param>
    /// <exception cref="ArgumentException">The id is unset.</exception>
    public string Pseudonymise(ArrestId id) => Pseudonym("arrest", Identifier.CheckSet(id).Value);

    /// <summary>Never prints the key.</summary>
    public override string ToString() => "Pseudonymiser { key redacted }";

    private string Pseudonym(string label, string id)
    {
        // label + NUL + id: the NUL keeps "person"+"x" apart from "personx"+"" whatever the ids contain.
        byte[] message = Encoding.UTF8.GetBytes(label + "\0" + id);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, message, mac);
        return label + "-" + Convert.ToHexStringLower(mac[..16]);
    }
}
