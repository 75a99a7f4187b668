using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PolicingModel.Serialization.Contract;

// Shapes the generated metadata into the contract without putting attributes on the model: drops computed
// properties (those no constructor parameter sets, such as Arrest.PrincipalOffence), adds the
// "kind" discriminator to the closed hierarchies, and renames members that would clash with it.
internal static class PolicingContract
{
    internal static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace is not { } ns || !ns.StartsWith("PolicingModel", StringComparison.Ordinal))
        {
            return;
        }
        if (PolymorphicKinds.For(typeInfo.Type) is { } kinds)
        {
            var polymorphism = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = PolymorphicKinds.PropertyName,
                IgnoreUnrecognizedTypeDiscriminators = false,
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach ((Type type, string kind) in kinds)
            {
                polymorphism.DerivedTypes.Add(new JsonDerivedType(type, kind));
            }
            typeInfo.PolymorphismOptions = polymorphism;
        }
        for (int i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            JsonPropertyInfo property = typeInfo.Properties[i];
            if (property.AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
            else if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: true })
            {
                // Required but nullable (ReportedTotal.count: "some", no number): always written, as null when absent.
                property.ShouldSerialize = static (_, _) => true;
            }
            else if (property.Name == PolymorphicKinds.PropertyName && typeInfo.Type.BaseType is { } baseType && PolymorphicKinds.For(baseType) is not null)
            {
                // VehicleSeized.Kind and WeaponSeized.Kind would clash with the discriminator.
                property.Name = typeInfo.Type == typeof(VehicleSeized) ? "vehicleKind" : typeInfo.Type == typeof(WeaponSeized) ? "weaponKind" : "subKind";
            }
        }
    }
}
