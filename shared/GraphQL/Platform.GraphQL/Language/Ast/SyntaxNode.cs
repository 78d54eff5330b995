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

    /// <summary>
    /// Hands each child to <paramref name="visitor"/> in the order graphql-js visits them, descriptions through
    /// <see cref="ISyntaxChildVisitor.VisitDescription"/>. Allocates nothing, so walkers can use it on hot paths.
    /// </summary>
    public abstract void VisitChildren(ISyntaxChildVisitor visitor);

    /// <summary>The node's children in the order graphql-js visits them (descriptions included).</summary>
    public IReadOnlyList<SyntaxNode> GetChildren()
    {
        var collector = new ChildCollector();
        VisitChildren(collector);
        return collector.Children;
    }

    private protected static void Visit(ISyntaxChildVisitor visitor, SyntaxNode? child)
    {
        if (child is not null)
        {
            visitor.Visit(child);
        }
    }

    private protected static void Visit(ISyntaxChildVisitor visitor, IReadOnlyList<SyntaxNode> children)
    {
        for (var i = 0; i < children.Count; i++)
        {
            visitor.Visit(children[i]);
        }
    }

    private protected static void VisitDescription(ISyntaxChildVisitor visitor, StringValueNode? description)
    {
        if (description is not null)
        {
            visitor.VisitDescription(description);
        }
    }

    private sealed class ChildCollector : ISyntaxChildVisitor
    {
        public List<SyntaxNode> Children { get; } = [];

        public void Visit(SyntaxNode child) => Children.Add(child);

        public void VisitDescription(StringValueNode description) => Children.Add(description);
    }
}

/// <summary>A name token: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
    }

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
