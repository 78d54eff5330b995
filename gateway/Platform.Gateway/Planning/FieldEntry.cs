using System.Text;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>One field of a <see cref="SelectionTree"/>: alias, name, arguments, directives and its own selections.</summary>
internal sealed class FieldEntry(
    string? alias, string name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, string signature)
{
    public string? Alias { get; } = alias;

    public string Name { get; } = name;

    public string ResponseKey => Alias ?? Name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Arguments and directives as printed: two entries with the same key, name and signature are one field.</summary>
    public string Signature { get; } = signature;

    public SelectionTree? Children { get; private set; }

    public SelectionTree ChildTree() => Children ??= new SelectionTree();

    public static string SignatureOf(IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives)
    {
        if (arguments.Count == 0 && directives.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendArguments(text, arguments);
        foreach (var directive in directives)
        {
            text.Append(' ').Append(Printer.Print(directive));
        }

        return text.ToString();
    }

    public void Print(StringBuilder text, ISet<string> variables)
    {
        if (Alias is not null)
        {
            text.Append(Alias).Append(": ");
        }

        text.Append(Name);
        AppendArguments(text, Arguments);
        foreach (var argument in Arguments)
        {
            VariableUsages.Collect(argument, variables);
        }

        foreach (var directive in Directives)
        {
            text.Append(' ').Append(Printer.Print(directive));
            VariableUsages.Collect(directive, variables);
        }

        if (Children is not null)
        {
            text.Append(' ');
            Children.Print(text, variables);
        }
    }

    private static void AppendArguments(StringBuilder text, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        text.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Printer.Print(arguments[i]));
        }

        text.Append(')');
    }
}
