using System.Diagnostics;
using System.Text.Json.Serialization;

namespace PolicingModel;

/// <summary>
/// A postal address. Addresses are personal data whenever someone lives there, so <see cref="ToString"/> never prints
/// the lines or postcode; read the properties deliberately when you need them.
/// </summary>
/// <remarks>
/// Value equality over all members. The debugger shows the redacted text and no members, and a serialiser that
/// honours <see cref="JsonIgnoreAttribute"/> writes an empty object; only the contract's converters write the lines.
/// </remarks>
[DebuggerDisplay("PostalAddress: redacted")]
public sealed record PostalAddress
{
    /// <summary>Creates an address.</summary>
    /// <param name="lines">Street lines, town: at least one non-blank line.</param>
    /// <param name="postcode">The postcode, if known.</param>
    /// <exception cref="ArgumentException">No lines, or a blank line or postcode.</exception>
    public PostalAddress(EquatableArray<string> lines, string? postcode = null)
    {
        Lines = Preconditions.CheckNotEmpty(lines);
        foreach (string line in lines)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(line), nameof(lines), $"{nameof(lines)} must not contain blank lines.");
            Preconditions.CheckArgument(SafeText.Problem(line) is null, nameof(lines), $"{nameof(lines)}: each line {SafeText.Problem(line)}.");
        }
        Postcode = Preconditions.CheckNullOrNotBlank(postcode);
    }

    /// <summary>The address lines.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public EquatableArray<string> Lines { get; }

    /// <summary>The postcode, if known.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string? Postcode { get; }

    /// <summary>Always <c>PostalAddress { redacted }</c>: addresses are never printed.</summary>
    public override string ToString() => "PostalAddress { redacted }";
}
