using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>The names of the variables a piece of a document refers to.</summary>
internal static class VariableUsages
{
    public static void Collect(SyntaxNode node, ISet<string> names)
    {
        if (node is VariableNode variable)
        {
            names.Add(variable.Name.Value);
            return;
        }

        foreach (var child in node.GetChildren())
        {
            Collect(child, names);
        }
    }
}
