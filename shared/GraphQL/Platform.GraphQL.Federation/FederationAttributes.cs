namespace Platform.GraphQL.Federation;

/// <summary><c>@key(fields:)</c>: the type is an entity other subgraphs can reference by these fields. Repeatable.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class KeyAttribute(string fields) : GraphQLDirectiveAttribute("key")
{
    public string Fields { get; } = fields;

    /// <summary>False: this subgraph references the entity but cannot load it (<c>resolvable: false</c>).</summary>
    public bool Resolvable { get; init; } = true;

    protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() =>
        Resolvable ? [new("fields", Fields)] : [new("fields", Fields), new("resolvable", false)];
}

/// <summary><c>@shareable</c>: other subgraphs may resolve the field (or every field of the type) too.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ShareableAttribute() : GraphQLDirectiveAttribute("shareable");

/// <summary><c>@external</c>: the field is defined and resolved by another subgraph.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ExternalAttribute() : GraphQLDirectiveAttribute("external");

/// <summary><c>@requires(fields:)</c>: resolving the field needs these external fields of its type, sent in the representation.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class RequiresAttribute(string fields) : GraphQLDirectiveAttribute("requires")
{
    public string Fields { get; } = fields;

    protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() => [new("fields", Fields)];
}

/// <summary><c>@provides(fields:)</c>: this field's entity value comes with these otherwise external fields.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ProvidesAttribute(string fields) : GraphQLDirectiveAttribute("provides")
{
    public string Fields { get; } = fields;

    protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() => [new("fields", Fields)];
}

/// <summary><c>@override(from:)</c>: this subgraph takes over resolving the field from the named subgraph.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class OverrideAttribute(string from) : GraphQLDirectiveAttribute("override")
{
    public string From { get; } = from;

    protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() => [new("from", From)];
}

/// <summary><c>@inaccessible</c>: the element stays out of the supergraph's API schema.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class InaccessibleAttribute() : GraphQLDirectiveAttribute("inaccessible");

/// <summary><c>@tag(name:)</c>: a label for contracts and tooling. Repeatable.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = true)]
public sealed class TagAttribute(string name) : GraphQLDirectiveAttribute("tag")
{
    public string Name { get; } = name;

    protected override IEnumerable<KeyValuePair<string, object?>> GetArguments() => [new("name", Name)];
}

/// <summary><c>@interfaceObject</c>: this object type stands for an entity interface another subgraph defines.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class InterfaceObjectAttribute() : GraphQLDirectiveAttribute("interfaceObject");

/// <summary>
/// Marks the method that loads an entity from its representation (the convention is a method named
/// <c>ResolveReference</c>) on the entity's class or on a class extending its type. Its parameters bind like a field
/// resolver's: key fields by name (nested keys as records), services, DataLoaders, the CancellationToken.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReferenceResolverAttribute : Attribute
{
}
