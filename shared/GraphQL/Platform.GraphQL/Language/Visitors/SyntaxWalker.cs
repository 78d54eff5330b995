namespace Platform.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in graphql-js's key order, calling a visitor on enter and leave.
/// The parser bounds nesting depth, so recursion here is bounded too.
/// </summary>
public static class SyntaxWalker
{
    public static void Walk(SyntaxNode root, ISyntaxVisitor visitor)
    {
        var ancestors = new List<SyntaxNode>();
        WalkNode(root, visitor, ancestors);
    }

    private static bool WalkNode(SyntaxNode node, ISyntaxVisitor visitor, List<SyntaxNode> ancestors)
    {
        switch (visitor.Enter(node, ancestors))
        {
            case VisitorAction.Break:
                return false;
            case VisitorAction.Skip:
                return true;
        }

        ancestors.Add(node);
        foreach (var child in node.GetChildren())
        {
            if (!WalkNode(child, visitor, ancestors))
            {
                return false;
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        return visitor.Leave(node, ancestors) != VisitorAction.Break;
    }
}
