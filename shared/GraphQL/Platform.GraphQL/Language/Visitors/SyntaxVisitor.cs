namespace Platform.GraphQL.Language;

/// <summary>What a visitor tells the walker after entering or leaving a node.</summary>
public enum VisitorAction
{
    /// <summary>Go on as usual.</summary>
    Continue,

    /// <summary>On enter: do not visit this node's children (nor call leave for it).</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>Receives each node of a syntax tree on the way down (enter) and up (leave).</summary>
public interface ISyntaxVisitor
{
    /// <param name="node">The node being entered.</param>
    /// <param name="ancestors">The nodes from the root to the node's parent (the parent is last).</param>
    VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);

    VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors);
}

/// <summary>A visitor that only overrides what it needs.</summary>
public abstract class SyntaxVisitor : ISyntaxVisitor
{
    public virtual VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    public virtual VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;
}
