namespace Platform.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode
{
}

public sealed class NamedTypeNode : TypeNode, INamedSyntaxNode
{
    public NamedTypeNode(NameNode name) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Name);
    }
}

public sealed class ListTypeNode : TypeNode
{
    public ListTypeNode(TypeNode type) => Type = type;

    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Type);
    }
}

public sealed class NonNullTypeNode : TypeNode
{
    /// <param name="type">A named or list type; a non-null type cannot wrap another.</param>
    public NonNullTypeNode(TypeNode type) => Type = type;

    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; }

    public override void VisitChildren(ISyntaxChildVisitor visitor)
    {
        Visit(visitor, Type);
    }
}
