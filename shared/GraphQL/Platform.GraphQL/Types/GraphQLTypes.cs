using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The named type under all list and non-null wrappers.</summary>
    public NamedType NamedType => this switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType,
        NonNullType nonNull => nonNull.OfType.NamedType,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The type without an outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsNonNull => this is NonNullType;

    public bool IsList => Nullable is ListType;

    /// <summary>Scalars, enums, input objects and wrappers of them.</summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public bool IsOutputType => NamedType is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>The type in SDL notation, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType) => OfType = ofType;

    public GraphQLType OfType { get; }

    public override string ToString() => $"[{OfType}]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name) => Name = name;

    public string Name { get; }

    public string? Description { get; set; }

    /// <summary>The definition this type was built from, if it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>Directives applied to the type (from its definition and extensions, in order).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];

    /// <summary>The C# type an implementation-first schema built this type from; null for SDL types and built-in scalars.</summary>
    public Type? ClrType { get; set; }

    /// <summary>True for <c>__Schema</c>, <c>__Type</c> and the other introspection types.</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;

    // Named types are compared by identity: a schema holds one instance per name.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>An object, interface or union: a type whose values have selection sets.</summary>
public interface ICompositeType
{
    string Name { get; }
}

/// <summary>An object or interface: a type with fields (and possibly interfaces of its own).</summary>
public interface IComplexOutputType : ICompositeType
{
    OrderedDictionary<string, FieldDefinition> Fields { get; }

    List<InterfaceType> Interfaces { get; }
}

/// <summary>An interface or union.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Picks the object type of a runtime value; null falls back to <c>__typename</c> and IsTypeOf.</summary>
    TypeResolver? ResolveType { get; set; }
}

/// <summary>Returns the object type name (or type) for a value of an abstract type.</summary>
public delegate object? TypeResolver(object? value, Execution.IResolveFieldContext context, IAbstractType abstractType);

public sealed class ObjectType : NamedType, IComplexOutputType
{
    public ObjectType(string name)
        : base(name)
    {
    }

    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new(StringComparer.Ordinal);

    public List<InterfaceType> Interfaces { get; } = [];

    /// <summary>Optional check whether a runtime value belongs to this type (graphql-js <c>isTypeOf</c>).</summary>
    public Func<object?, Execution.IResolveFieldContext, bool>? IsTypeOf { get; set; }
}

public sealed class InterfaceType : NamedType, IComplexOutputType, IAbstractType
{
    public InterfaceType(string name)
        : base(name)
    {
    }

    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new(StringComparer.Ordinal);

    public List<InterfaceType> Interfaces { get; } = [];

    public TypeResolver? ResolveType { get; set; }
}

public sealed class UnionType : NamedType, IAbstractType
{
    public UnionType(string name)
        : base(name)
    {
    }

    public List<ObjectType> Types { get; } = [];

    public TypeResolver? ResolveType { get; set; }
}

public sealed partial class EnumType : NamedType
{
    public EnumType(string name)
        : base(name)
    {
    }

    public OrderedDictionary<string, EnumValueDefinition> Values { get; } = new(StringComparer.Ordinal);
}

public sealed class InputObjectType : NamedType
{
    public InputObjectType(string name)
        : base(name)
    {
    }

    public OrderedDictionary<string, InputValueDefinition> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; set; }
}
