namespace Platform.GraphQL.Language;

/// <summary>A schema, type or directive definition or extension.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>A type definition or type extension that carries a name and directives.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Directives);
        Visit(visitor, OperationTypes);
    }
}

public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Type);
    }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Directives);
    }
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Interfaces);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Interfaces);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public required IReadOnlyList<NamedTypeNode> Types { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Types);
    }
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Values);
    }
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Directives);
        Visit(visitor, Fields);
    }
}

public sealed class FieldDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    public required TypeNode Type { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Arguments);
        Visit(visitor, Type);
        Visit(visitor, Directives);
    }
}

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Type);
        Visit(visitor, DefaultValue);
        Visit(visitor, Directives);
    }
}

public sealed class EnumValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Directives);
    }
}

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    /// <summary>Directives applied to the directive definition itself (graphql-js 17).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required bool Repeatable { get; init; }

    /// <summary>Location names as written, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        VisitDescription(visitor, Description);
        Visit(visitor, Name);
        Visit(visitor, Arguments);
        Visit(visitor, Directives);
        Visit(visitor, Locations);
    }
}
