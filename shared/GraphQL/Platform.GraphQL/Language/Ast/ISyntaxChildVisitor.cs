namespace Platform.GraphQL.Language;

/// <summary>Receives a node's children from <see cref="SyntaxNode.VisitChildren"/>.</summary>
public interface ISyntaxChildVisitor
{
    void Visit(SyntaxNode child);

    /// <summary>A description string of a definition (some walks, such as executable validation, skip them).</summary>
    void VisitDescription(StringValueNode description);
}
