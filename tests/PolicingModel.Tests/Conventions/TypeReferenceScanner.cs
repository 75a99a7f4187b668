using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace PolicingModel.Tests.Conventions;

/// <summary>
/// Reads, from a compiled assembly, which of its own types each of its types refers to: through base types and
/// interfaces, field, method, property and local-variable signatures, generic constraints, attributes and every token in
/// the method bodies' IL. Nested and compiler-generated types (lambdas, iterators) count as their outermost type.
/// </summary>
/// <remarks>
/// Built on System.Reflection.Metadata rather than reflection so that nothing is loaded or resolved: what the compiler
/// wrote is what is checked, including references that a <c>using</c> line would not show.
/// </remarks>
internal sealed class TypeReferenceScanner
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value, op => op.OperandType);

    private readonly MetadataReader reader;
    private readonly PEReader pe;

    private TypeReferenceScanner(PEReader pe)
    {
        this.pe = pe;
        reader = pe.GetMetadataReader();
    }

    /// <summary>Every reference from one of the assembly's outermost types (by full name) to another of them.</summary>
    internal static Dictionary<string, HashSet<string>> Scan(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return new TypeReferenceScanner(pe).ScanAll();
    }

    private Dictionary<string, HashSet<string>> ScanAll()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            string owner = OutermostName(handle);
            if (!result.TryGetValue(owner, out HashSet<string>? targets))
            {
                result[owner] = targets = new HashSet<string>(StringComparer.Ordinal);
            }
            var found = new HashSet<TypeDefinitionHandle>();
            CollectFromType(handle, found);
            foreach (TypeDefinitionHandle target in found)
            {
                string name = OutermostName(target);
                if (name != owner)
                {
                    targets.Add(name);
                }
            }
        }
        return result;
    }

    private string OutermostName(TypeDefinitionHandle handle)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } declaring)
        {
            type = reader.GetTypeDefinition(declaring);
        }
        string ns = reader.GetString(type.Namespace);
        string name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private void CollectFromType(TypeDefinitionHandle handle, HashSet<TypeDefinitionHandle> found)
    {
        var provider = new Collector(found);
        TypeDefinition type = reader.GetTypeDefinition(handle);
        AddEntity(type.BaseType, found, provider);
        foreach (InterfaceImplementationHandle i in type.GetInterfaceImplementations())
        {
            AddEntity(reader.GetInterfaceImplementation(i).Interface, found, provider);
        }
        CollectAttributes(type.GetCustomAttributes(), found, provider);
        foreach (GenericParameterHandle g in type.GetGenericParameters())
        {
            CollectConstraints(g, found, provider);
        }
        foreach (FieldDefinitionHandle f in type.GetFields())
        {
            FieldDefinition field = reader.GetFieldDefinition(f);
            field.DecodeSignature(provider, null);
            CollectAttributes(field.GetCustomAttributes(), found, provider);
        }
        foreach (PropertyDefinitionHandle p in type.GetProperties())
        {
            PropertyDefinition property = reader.GetPropertyDefinition(p);
            property.DecodeSignature(provider, null);
            CollectAttributes(property.GetCustomAttributes(), found, provider);
        }
        foreach (MethodDefinitionHandle m in type.GetMethods())
        {
            MethodDefinition method = reader.GetMethodDefinition(m);
            method.DecodeSignature(provider, null);
            CollectAttributes(method.GetCustomAttributes(), found, provider);
            foreach (GenericParameterHandle g in method.GetGenericParameters())
            {
                CollectConstraints(g, found, provider);
            }
            if (method.RelativeVirtualAddress != 0)
            {
                CollectFromBody(pe.GetMethodBody(method.RelativeVirtualAddress), found, provider);
            }
        }
    }

    private void CollectConstraints(GenericParameterHandle handle, HashSet<TypeDefinitionHandle> found, Collector provider)
    {
        foreach (GenericParameterConstraintHandle c in reader.GetGenericParameter(handle).GetConstraints())
        {
            AddEntity(reader.GetGenericParameterConstraint(c).Type, found, provider);
        }
    }

    private void CollectAttributes(CustomAttributeHandleCollection attributes, HashSet<TypeDefinitionHandle> found, Collector provider)
    {
        foreach (CustomAttributeHandle a in attributes)
        {
            AddEntity(reader.GetCustomAttribute(a).Constructor, found, provider);
        }
    }

    private void CollectFromBody(MethodBodyBlock body, HashSet<TypeDefinitionHandle> found, Collector provider)
    {
        if (!body.LocalSignature.IsNil)
        {
            StandaloneSignature locals = reader.GetStandaloneSignature(body.LocalSignature);
            locals.DecodeLocalSignature(provider, null);
        }
        BlobReader il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }
            switch (OperandTypes[code])
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineSwitch:
                    int count = il.ReadInt32();
                    il.Offset += 4 * count;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    AddEntity(MetadataTokens.EntityHandle(il.ReadInt32()), found, provider);
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    il.ReadInt32();
                    break;
            }
        }
    }

    private void AddEntity(EntityHandle handle, HashSet<TypeDefinitionHandle> found, Collector provider)
    {
        if (handle.IsNil)
        {
            return;
        }
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                found.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null);
                break;
            case HandleKind.MethodDefinition:
                found.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                found.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddEntity(member.Parent, found, provider);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(provider, null);
                }
                else
                {
                    member.DecodeFieldSignature(provider, null);
                }
                break;
            case HandleKind.MethodSpecification:
                MethodSpecification spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(spec.Method, found, provider);
                spec.DecodeSignature(provider, null);
                break;
        }
    }

    /// <summary>A signature decoder that notes every type definition of this assembly it meets.</summary>
    private sealed class Collector(HashSet<TypeDefinitionHandle> found) : ISignatureTypeProvider<object?, object?>
    {
        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            found.Add(handle);
            return null;
        }

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;
        public object? GetByReferenceType(object? elementType) => null;
        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;
        public object? GetGenericMethodParameter(object? genericContext, int index) => null;
        public object? GetGenericTypeParameter(object? genericContext, int index) => null;
        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;
        public object? GetPinnedType(object? elementType) => null;
        public object? GetPointerType(object? elementType) => null;
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public object? GetSZArrayType(object? elementType) => null;
        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
