namespace PolicingModel;

/// <summary>
/// Declares one of the library's few mutable public types: builders (in the style of <c>ImmutableArray&lt;T&gt;.Builder</c>),
/// which gather changes and re-validate when they build the record, and accumulators (like <c>StringBuilder</c>). Every
/// other public type is immutable, and a convention test holds them to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class MutableAttribute : Attribute;
