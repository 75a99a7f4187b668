namespace PolicingModel;

/// <summary>Identifies a policing operation. A distinct type so that it cannot be passed where another kind of id is expected.</summary>
/// <remarks>
/// Equality is ordinal on <see cref="Value"/>. The default value has an empty <see cref="Value"/> and is rejected by
/// every record that takes an id.
/// </remarks>
public readonly record struct OperationId : IIdentifier
{
    /// <summary>Creates an id such as <c>op-2020-10-29-vctf</c>.</summary>
    /// <param name="value">1 to 128 ASCII letters, digits and - _ . / : # (so that no two ids look alike), unique within its operation.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, or holds a character outside the id alphabet.</exception>
    public OperationId(string value) => Value = Identifier.Check<OperationId>(value, nameof(value));

    /// <summary>The id as text.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>True for the default (unset) value.</summary>
    public bool IsDefault => string.IsNullOrEmpty(Value);

    /// <summary>The id as text.</summary>
    public override string ToString() => Value;
}
