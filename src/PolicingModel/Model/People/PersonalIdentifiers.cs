using System.Diagnostics;
using System.Text.Json.Serialization;

namespace PolicingModel;

/// <summary>
/// The one place where an arrested person's identifying details live: name, date of birth, home address and police
/// reference numbers. Nothing prints them: <see cref="ToString"/> returns a fixed redacted text, and every record that
/// holds this type prints it that way. Public views and summaries never read it.
/// </summary>
/// <remarks>
/// Value equality over all members. Every member is optional, but at least one must be present. Tools that walk
/// properties see nothing either: the debugger shows the redacted text and no members, and a serialiser that honours
/// <see cref="JsonIgnoreAttribute"/> (System.Text.Json with its defaults, as structured loggers use) writes an empty
/// object. Only the contract's own converters (<c>PolicingJson</c>) write the members, inside <c>identifiers</c>.
/// </remarks>
[DebuggerDisplay("PersonalIdentifiers: redacted")]
[DebuggerTypeProxy(typeof(Redacted))]
public sealed record PersonalIdentifiers
{
    /// <summary>Creates a set of identifiers.</summary>
    /// <param name="name">Full name, if held.</param>
    /// <param name="dateOfBirth">Date of birth, if held.</param>
    /// <param name="homeAddress">Home address, if held.</param>
    /// <param name="pncId">Police National Computer id, if held.</param>
    /// <exception cref="ArgumentException">Nothing is given, or a given text is blank.</exception>
    public PersonalIdentifiers(string? name = null, LocalDate? dateOfBirth = null, PostalAddress? homeAddress = null, string? pncId = null)
    {
        Name = Preconditions.CheckNullOrNotBlank(name);
        DateOfBirth = ModelCalendar.CheckWithoutValue(dateOfBirth);
        HomeAddress = homeAddress;
        PncId = Preconditions.CheckNullOrNotBlank(pncId);
        Preconditions.CheckArgument(
            name is not null || dateOfBirth is not null || homeAddress is not null || pncId is not null,
            nameof(name),
            "Personal identifiers must hold at least one of name, date of birth, home address or PNC id; omit the whole object instead.");
    }

    /// <summary>Full name, if held.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string? Name { get; }

    /// <summary>Date of birth, if held.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public LocalDate? DateOfBirth { get; }

    /// <summary>Home address, if held.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public PostalAddress? HomeAddress { get; }

    /// <summary>Police National Computer id, if held.</summary>
    [JsonIgnore]
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string? PncId { get; }

    /// <summary>Always <c>PersonalIdentifiers { redacted }</c>.</summary>
    public override string ToString() => "PersonalIdentifiers { redacted }";

    // What the debugger's expanded view shows instead of the members.
    private sealed class Redacted
    {
        // The debugger builds the proxy from the value; the identifiers themselves are never read.
        public Redacted(PersonalIdentifiers identifiers) => _ = identifiers;

        public string Contents => "redacted";
    }
}
