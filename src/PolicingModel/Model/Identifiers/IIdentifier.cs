namespace PolicingModel;

/// <summary>Implemented by every strongly typed id, so that checks and reports can treat them alike.</summary>
public interface IIdentifier
{
    /// <summary>The id as text.</summary>
    string Value { get; }

    /// <summary>True for the default (unset) value.</summary>
    bool IsDefault { get; }
}
