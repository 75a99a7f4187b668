namespace PolicingModel;

// Declares one of the library's few mutable public types: builders (in the style of ImmutableArray<T>.Builder),
// which gather changes and re-validate when they build the record, and accumulators (like StringBuilder). Every
// other public type is immutable, and a convention test holds them to it.
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class MutableAttribute : Attribute;
