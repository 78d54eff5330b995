namespace Platform.GraphQL.Language;

/// <summary>Operations, fragments, selections, arguments and directives.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteOperation(OperationDefinitionNode operation)
    {
        var variables = operation.VariableDefinitions;
        var isShorthand = operation.Operation == OperationType.Query && operation.Description is null &&
            operation.Name is null && variables.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            WriteDescription(operation.Description);
            Append(OperationKeyword(operation.Operation));
            if (operation.Name is not null || variables.Count > 0)
            {
                Append(' ');
            }

            if (operation.Name is not null)
            {
                Append(operation.Name.Value);
            }

            WriteVariableDefinitions(variables);
            WriteSpacedDirectives(operation.Directives);
            Append(' ');
        }

        WriteSelectionSet(operation.SelectionSet);
    }

    /// <summary>One line, or one definition per line when any of them spans lines (those lines are not indented).</summary>
    private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables)
    {
        if (variables.Count == 0)
        {
            return;
        }

        var multiline = AnyMultiline(variables);
        Append('(');
        if (multiline)
        {
            NewLine();
        }

        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0)
            {
                if (multiline)
                {
                    NewLine();
                }
                else
                {
                    Append(", ");
                }
            }

            WriteVariableDefinition(variables[i]);
        }

        if (multiline)
        {
            NewLine();
        }

        Append(')');
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        Append('$');
        Append(variable.Variable.Name.Value);
        Append(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            Append(" = ");
            WriteValue(variable.DefaultValue);
        }

        WriteSpacedDirectives(variable.Directives);
    }

    private void WriteSelectionSet(SelectionSetNode selectionSet)
    {
        if (selectionSet.Selections.Count == 0)
        {
            Append("{}");
        }
        else
        {
            WriteBlock(selectionSet.Selections);
        }
    }

    private void WriteField(FieldNode field)
    {
        var prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            Append(field.Alias.Value);
            Append(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        Append(field.Name.Value);
        var arguments = field.Arguments;
        if (arguments.Count > 0)
        {
            if (prefixLength + 2 + MeasureArguments(arguments, MaxLineLength - prefixLength - 2) > MaxLineLength)
            {
                OpenBlock('(');
                for (var i = 0; i < arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        NewLine();
                    }

                    WriteArgument(arguments[i]);
                }

                CloseBlock(')');
            }
            else
            {
                Append('(');
                WriteJoined(arguments, ", ");
                Append(')');
            }
        }

        WriteSpacedDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            Append(' ');
            WriteSelectionSet(field.SelectionSet);
        }
    }

    private void WriteArgument(ArgumentNode argument)
    {
        Append(argument.Name.Value);
        Append(": ");
        WriteValue(argument.Value);
    }

    private void WriteFragmentSpread(FragmentSpreadNode spread)
    {
        Append("...");
        Append(spread.Name.Value);
        WriteSpacedDirectives(spread.Directives);
    }

    private void WriteInlineFragment(InlineFragmentNode fragment)
    {
        Append("...");
        if (fragment.TypeCondition is not null)
        {
            Append(" on ");
            Append(fragment.TypeCondition.Name.Value);
        }

        WriteSpacedDirectives(fragment.Directives);
        Append(' ');
        WriteSelectionSet(fragment.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        Append("fragment ");
        Append(fragment.Name.Value);
        Append(" on ");
        Append(fragment.TypeCondition.Name.Value);
        Append(' ');
        for (var i = 0; i < fragment.Directives.Count; i++)
        {
            WriteDirective(fragment.Directives[i]);
            Append(' ');
        }

        WriteSelectionSet(fragment.SelectionSet);
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
