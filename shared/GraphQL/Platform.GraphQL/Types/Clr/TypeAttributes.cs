namespace Platform.GraphQL;

/// <summary>The class's public members become fields of another object type (often <c>Query</c> or <c>Mutation</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(string name) => Name = name;

    public ExtendObjectTypeAttribute(Type type) => Type = type;

    /// <summary>The GraphQL name of the extended type, when given by name.</summary>
    public string? Name { get; }

    /// <summary>The C# type of the extended type, when given by type.</summary>
    public Type? Type { get; }
}

/// <summary>A marker interface whose implementing classes form a GraphQL union of this name.</summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class UnionTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The input record is a <c>@oneOf</c> input object: exactly one field is given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class OneOfAttribute : Attribute
{
}

/// <summary>Binds a resolver class to the SDL type of this name (see <c>ClrSchemaBuilder.BindResolvers</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GraphQLTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
