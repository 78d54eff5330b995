using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>
/// Writes syntax nodes into one <see cref="StringBuilder"/> with graphql-js's layout: blocks indent by two spaces,
/// and every line break (block strings included) is followed by the current indentation.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    private readonly StringBuilder _text;

    private int _depth;

    public SyntaxPrinter(StringBuilder text) => _text = text;

    public void Write(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Name:
                Append(((NameNode)node).Value);
                break;
            case SyntaxKind.Document:
                WriteDocument((DocumentNode)node);
                break;
            case SyntaxKind.OperationDefinition:
                WriteOperation((OperationDefinitionNode)node);
                break;
            case SyntaxKind.VariableDefinition:
                WriteVariableDefinition((VariableDefinitionNode)node);
                break;
            case SyntaxKind.SelectionSet:
                WriteSelectionSet((SelectionSetNode)node);
                break;
            case SyntaxKind.Field:
                WriteField((FieldNode)node);
                break;
            case SyntaxKind.Argument:
                WriteArgument((ArgumentNode)node);
                break;
            case SyntaxKind.FragmentSpread:
                WriteFragmentSpread((FragmentSpreadNode)node);
                break;
            case SyntaxKind.InlineFragment:
                WriteInlineFragment((InlineFragmentNode)node);
                break;
            case SyntaxKind.FragmentDefinition:
                WriteFragmentDefinition((FragmentDefinitionNode)node);
                break;
            case SyntaxKind.ObjectField:
                WriteObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.Directive:
                WriteDirective((DirectiveNode)node);
                break;
            case SyntaxKind.OperationTypeDefinition:
                WriteOperationTypeDefinition((OperationTypeDefinitionNode)node);
                break;
            case SyntaxKind.FieldDefinition:
                WriteFieldDefinition((FieldDefinitionNode)node);
                break;
            case SyntaxKind.InputValueDefinition:
                WriteInputValueDefinition((InputValueDefinitionNode)node);
                break;
            case SyntaxKind.EnumValueDefinition:
                WriteEnumValueDefinition((EnumValueDefinitionNode)node);
                break;
            default:
                WriteOtherNode(node);
                break;
        }
    }

    /// <summary>Values, type references and top-level type-system definitions.</summary>
    private void WriteOtherNode(SyntaxNode node)
    {
        switch (node)
        {
            case ValueNode value:
                WriteValue(value);
                break;
            case TypeNode type:
                WriteType(type);
                break;
            case TypeSystemDefinitionNode definition:
                WriteTypeSystemDefinition(definition);
                break;
            default:
                throw new ArgumentException($"Invalid AST Node: {node.Kind}.", nameof(node));
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
                NewLine();
            }

            Write(definitions[i]);
        }
    }

    private void Append(string text) => _text.Append(text);

    private void Append(char c) => _text.Append(c);

    private void NewLine()
    {
        _text.Append('\n');
        if (_depth > 0)
        {
            _text.Append(' ', _depth * 2);
        }
    }

    /// <summary>Writes <paramref name="open"/> and starts an indented line.</summary>
    private void OpenBlock(char open)
    {
        _text.Append(open);
        _depth++;
        NewLine();
    }

    /// <summary>Ends the indented lines and writes <paramref name="close"/> on a line of its own.</summary>
    private void CloseBlock(char close)
    {
        _depth--;
        NewLine();
        _text.Append(close);
    }

    /// <summary>graphql-js <c>block</c>: nothing for no items, else one indented line per item inside braces.</summary>
    private void WriteBlock<TNode>(IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        OpenBlock('{');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
            }

            Write(items[i]);
        }

        CloseBlock('}');
    }

    /// <summary>Writes a block and a space before it, or nothing when there are no items.</summary>
    private void WriteSpacedBlock<TNode>(IReadOnlyList<TNode> items)
        where TNode : SyntaxNode
    {
        if (items.Count > 0)
        {
            Append(' ');
            WriteBlock(items);
        }
    }

    private void WriteJoined<TNode>(IReadOnlyList<TNode> items, string separator)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Append(separator);
            }

            Write(items[i]);
        }
    }

    /// <summary>Directives separated by spaces, preceded by one space; nothing when there are none.</summary>
    private void WriteSpacedDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            Append(' ');
            WriteDirective(directives[i]);
        }
    }

    private void WriteDirective(DirectiveNode directive)
    {
        Append('@');
        Append(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            Append('(');
            WriteJoined(directive.Arguments, ", ");
            Append(')');
        }
    }

    /// <summary>A description on a line of its own before its definition.</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            WriteString(description);
            NewLine();
        }
    }

    /// <summary>graphql-js <c>hasMultilineItems</c> for argument and variable definitions.</summary>
    private static bool AnyMultiline(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.Description is not null || IsMultiline(argument.DefaultValue) || IsMultiline(argument.Directives))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMultiline(IReadOnlyList<VariableDefinitionNode> variables)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            if (variable.Description is not null || IsMultiline(variable.DefaultValue) || IsMultiline(variable.Directives))
            {
                return true;
            }
        }

        return false;
    }
}
