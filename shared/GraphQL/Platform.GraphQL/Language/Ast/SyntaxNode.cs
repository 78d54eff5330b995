namespace Platform.GraphQL.Language;

/// <summary>Base of every node of the GraphQL syntax tree.</summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    // Kept as its parts rather than a Nullable<Location>, which would cost every node 8 more bytes.
    private Source? _source;
    private int _start;
    private int _end;

    /// <summary>Where the node was parsed from; null for nodes built in code or parsed with locations off.</summary>
    public Location? Location
    {
        get => _source is null ? null : new Location(_start, _end, _source);
        init
        {
            _source = value?.Source;
            _start = value?.Start ?? 0;
            _end = value?.End ?? 0;
        }
    }

    /// <summary>The node's children in the order graphql-js visits them.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    private protected static IEnumerable<SyntaxNode> Children(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case null:
                    break;
                case SyntaxNode node:
                    yield return node;
                    break;
                case System.Collections.IEnumerable list:
                    foreach (var item in list)
                    {
                        yield return (SyntaxNode)item;
                    }

                    break;
            }
        }
    }
}

/// <summary>A name token: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    public override string ToString() => Value;
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node with a name.</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

/// <summary>The kinds of syntax node, named as graphql-js's <c>Kind</c>.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
    DirectiveExtension,
}
