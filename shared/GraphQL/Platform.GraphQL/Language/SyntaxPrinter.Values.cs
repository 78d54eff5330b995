namespace Platform.GraphQL.Language;

/// <summary>Value literals and type references.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteValue(ValueNode value)
    {
        switch (value.Kind)
        {
            case SyntaxKind.Variable:
                Append('$');
                Append(((VariableNode)value).Name.Value);
                break;
            case SyntaxKind.IntValue:
                Append(((IntValueNode)value).Value);
                break;
            case SyntaxKind.FloatValue:
                Append(((FloatValueNode)value).Value);
                break;
            case SyntaxKind.StringValue:
                WriteString((StringValueNode)value);
                break;
            case SyntaxKind.BooleanValue:
                Append(((BooleanValueNode)value).Value ? "true" : "false");
                break;
            case SyntaxKind.NullValue:
                Append("null");
                break;
            case SyntaxKind.EnumValue:
                Append(((EnumValueNode)value).Value);
                break;
            case SyntaxKind.ListValue:
                WriteList((ListValueNode)value);
                break;
            case SyntaxKind.ObjectValue:
                WriteObject((ObjectValueNode)value);
                break;
            default:
                throw new ArgumentException($"Invalid AST Node: {value.Kind}.", nameof(value));
        }
    }

    private void WriteString(StringValueNode node)
    {
        if (node.Block)
        {
            WriteBlockString(node.Value);
        }
        else
        {
            StringPrinter.Write(_text, node.Value);
        }
    }

    /// <summary>Like <see cref="BlockString.Print"/>, with the current indentation after each line break.</summary>
    private void WriteBlockString(string value)
    {
        var layout = BlockString.GetLayout(value);
        Append("\"\"\"");
        if (layout.LeadingNewLine)
        {
            NewLine();
        }

        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                _text.Append(value, runStart, i - runStart);
                NewLine();
                runStart = i + 1;
            }
            else if (c == '"' && layout.HasTripleQuote && i + 2 < value.Length && value[i + 1] == '"' && value[i + 2] == '"')
            {
                _text.Append(value, runStart, i - runStart);
                Append("\\\"\"\"");
                i += 2;
                runStart = i + 1;
            }
        }

        _text.Append(value, runStart, value.Length - runStart);
        if (layout.TrailingNewLine)
        {
            NewLine();
        }

        Append("\"\"\"");
    }

    /// <summary>One line when it fits in 80 columns, else one item per indented line.</summary>
    private void WriteList(ListValueNode list)
    {
        var values = list.Values;
        if (MeasureList(values).Length > MaxLineLength)
        {
            OpenBlock('[');
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    NewLine();
                }

                WriteValue(values[i]);
            }

            CloseBlock(']');
            return;
        }

        Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }

            WriteValue(values[i]);
        }

        Append(']');
    }

    private void WriteObject(ObjectValueNode obj)
    {
        var fields = obj.Fields;
        if (MeasureObject(fields).Length > MaxLineLength)
        {
            WriteBlock(fields);
            return;
        }

        Append("{ ");
        WriteJoined(fields, ", ");
        Append(" }");
    }

    private void WriteObjectField(ObjectFieldNode field)
    {
        Append(field.Name.Value);
        Append(": ");
        WriteValue(field.Value);
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                Append(named.Name.Value);
                break;
            case ListTypeNode list:
                Append('[');
                WriteType(list.Type);
                Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                Append('!');
                break;
            default:
                throw new ArgumentException($"Invalid AST Node: {type.Kind}.", nameof(type));
        }
    }
}
