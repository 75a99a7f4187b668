namespace PolicingModel;

/// <summary>
/// The code an enum member is written as in JSON and published outputs, declared beside the member so that renaming
/// the member in C# never changes data (the habit of Firely's <c>[EnumLiteral]</c>). Official code lists keep their
/// official codes: data.police.uk force ids, ONS GSS codes, the CJS 18+1 and IC ethnicity codes.
/// </summary>
/// <remarks>Every member of an enum that is written anywhere carries one; a golden test lists them all.</remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class WireCodeAttribute(string code) : Attribute
{
    /// <summary>The code, such as <c>released-under-investigation</c> or <c>E09000022</c>.</summary>
    internal string Code { get; } = code;
}
