namespace PolicingModel.Serialization;

/// <summary>How strictly JSON is read. Strict is the default everywhere; lenient reading must be asked for by name.</summary>
public enum PolicingJsonReading
{
    /// <summary>Every error kind of <see cref="PolicingJsonErrorKind"/> is reported.</summary>
    Strict = 0,

    /// <summary>
    /// Unknown members are skipped and a repeated member keeps its last value. Everything else (missing members, nulls,
    /// wrong types, unknown codes and kinds, the model's own rules) is still an error.
    /// </summary>
    Lenient = 1,
}
