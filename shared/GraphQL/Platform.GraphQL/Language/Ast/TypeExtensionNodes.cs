namespace Platform.GraphQL.Language;

public sealed class SchemaExtensionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Directives);
        Visit(visitor, OperationTypes);
    }
}

/// <summary>An <c>extend type|interface|…</c> definition; it never has a description.</summary>
public abstract class TypeExtensionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives
{
    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
    }
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Interfaces);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Interfaces);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public required IReadOnlyList<NamedTypeNode> Types { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Types);
    }
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Values);
    }
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

/// <summary><c>extend directive @name @applied</c>: adds directives to a directive definition (graphql-js 17).</summary>
public sealed class DirectiveExtensionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveExtension;

    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
        Visit(visitor, Directives);
    }
}
