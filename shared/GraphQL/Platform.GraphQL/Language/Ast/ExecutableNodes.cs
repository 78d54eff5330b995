namespace Platform.GraphQL.Language;

/// <summary>A parsed GraphQL document: executable and/or type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions) => Definitions = definitions;

    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; }

    /// <summary>How many lexical tokens the parser read (for limits).</summary>
    public int TokenCount { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Definitions);
    }
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
}

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Description on an executable definition (graphql-js 17).</summary>
    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public required OperationType Operation { get; init; }

    /// <summary>Null for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, VariableDefinitions);
        Visit(visitor, Directives);
        Visit(visitor, SelectionSet);
    }
}

public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Variable);
        Visit(visitor, Type);
        Visit(visitor, DefaultValue);
        Visit(visitor, Directives);
    }
}

public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections) => Selections = selections;

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Selections);
    }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed class FieldNode : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key the field's value has in the response: the alias, or else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Alias);
        Visit(visitor, Name);
        Visit(visitor, Arguments);
        Visit(visitor, Directives);
        Visit(visitor, SelectionSet);
    }
}

public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    public ArgumentNode(NameNode name, ValueNode value)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; }

    public ValueNode Value { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Value);
    }
}

public sealed class FragmentSpreadNode : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public required NameNode Name { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
    }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, TypeCondition);
        Visit(visitor, Directives);
        Visit(visitor, SelectionSet);
    }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, TypeCondition);
        Visit(visitor, Directives);
        Visit(visitor, SelectionSet);
    }
}

public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Arguments);
    }
}
