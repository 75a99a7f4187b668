namespace PolicingModel.Serialization;

/// <summary>Why a JSON document was rejected. Every kind is reported as a <see cref="PolicingJsonException"/> with the JSON path.</summary>
public enum PolicingJsonErrorKind
{
    /// <summary>The text is not well-formed JSON (a missing comma, an unterminated string, trailing content).</summary>
    [WireCode("syntax")]
    Syntax = 1,

    /// <summary>A member the contract does not define, such as a misspelt <c>"arestedAt"</c>. Lenient reading skips these instead.</summary>
    [WireCode("unknown-member")]
    UnknownMember,

    /// <summary>A required member is missing, such as an arrest without <c>"arrestedAt"</c>.</summary>
    [WireCode("missing-member")]
    MissingMember,

    /// <summary>A null where the contract does not allow one, including a null element inside an array.</summary>
    [WireCode("null-not-allowed")]
    NullNotAllowed,

    /// <summary>The same member appears twice in one object. Lenient reading keeps the last instead.</summary>
    [WireCode("duplicate-member")]
    DuplicateMember,

    /// <summary>A value of the wrong JSON type, such as a number where a code string is expected, or a string that is not in the expected format (an instant, a date).</summary>
    [WireCode("wrong-type")]
    WrongType,

    /// <summary>A code that is not in its code list, such as an unknown police force, offence or substance.</summary>
    [WireCode("unknown-code")]
    UnknownCode,

    /// <summary>A polymorphic object (seized item, bail condition, arrest outcome) whose <c>"kind"</c> is unknown, missing, or not the first member.</summary>
    [WireCode("unknown-kind")]
    UnknownKind,

    /// <summary>The document nests deeper than the allowed maximum (<see cref="PolicingJson.MaxDepth"/>).</summary>
    [WireCode("too-deep")]
    TooDeep,

    /// <summary>Well-formed values that break a rule of the model, such as a station arrival before the arrest or a negative amount.</summary>
    [WireCode("invalid-value")]
    InvalidValue,

    /// <summary>The document's <c>"schemaVersion"</c> is missing, malformed, or of a major version this library cannot read.</summary>
    [WireCode("unsupported-version")]
    UnsupportedVersion,

    /// <summary>
    /// An element of a streamed array or JSON Lines, or a document read whole from a stream, is larger than
    /// <see cref="PolicingJsonLimits"/> allows (16 MiB and 256 MiB by default).
    /// </summary>
    [WireCode("too-large")]
    TooLarge,
}
