using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Resolves a field's value. It may return the value itself, or a <see cref="Task{T}"/> /
/// <see cref="ValueTask{T}"/> of it; the executor awaits only what is actually asynchronous.
/// </summary>
public delegate object? FieldResolver(IResolveFieldContext context);

/// <summary>
/// Reads a field's value from its parent value and the field's response key alone, synchronously and without a
/// resolver context: for executors over data fetched beforehand (a gateway's merged module answers). It may throw
/// to fail the field.
/// </summary>
public delegate object? ParentValueReader(object? parent, string responseKey);

/// <summary>Produces the source event stream of a subscription field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Null means the default resolver (the parent's property or key of the same name).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>When set, used instead of <see cref="Resolver"/>: no context is created for the field.</summary>
    public ParentValueReader? Reader { get; set; }

    public SubscriptionResolver? Subscriber { get; set; }

    public FieldDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The default as written in SDL; null when there is none (see <see cref="HasDefaultValue"/>).</summary>
    public ValueNode? DefaultValueLiteral { get; set; }

    /// <summary>The default as an internal value, for types built in code.</summary>
    public object? DefaultValue { get; set; }

    public bool HasDefaultValue { get; set; }

    /// <summary>Required: non-null type and no default (spec "required argument").</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public InputValueDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
}

public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name;
        Value = value ?? name;
    }

    public string Name { get; }

    /// <summary>The internal value this enum value stands for (its name, for schemas built from SDL).</summary>
    public object? Value { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; set; } = [];
}
