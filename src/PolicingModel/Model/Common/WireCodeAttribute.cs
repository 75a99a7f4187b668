namespace PolicingModel;

// The code an enum member is written as in JSON and published outputs, declared beside the member so that renaming
// the member in C# never changes data (the habit of Firely's [EnumLiteral]). Official code lists keep their
// official codes: data.police.uk force ids, ONS GSS codes, the CJS 18+1 and IC ethnicity codes.
// Every member of an enum that is written anywhere carries one; a golden test lists them all.
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class WireCodeAttribute(string code) : Attribute
{
    // The code, such as released-under-investigation or E09000022.
    internal string Code { get; } = code;
}
