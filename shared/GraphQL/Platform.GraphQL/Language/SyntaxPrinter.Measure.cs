namespace Platform.GraphQL.Language;

/// <summary>
/// How long a value prints on its own and whether it spans lines, for graphql-js's 80-column decisions.
/// A length above <see cref="MaxLineLength"/> only means "too long": counting stops there, which bounds the work
/// per decision (every node prints at least one character) and is exact where it matters, since every threshold
/// adds non-negative amounts and compares against 80.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private readonly record struct PrintedSize(int Length, bool Multiline);

    private static PrintedSize Measure(ValueNode value) => value switch
    {
        VariableNode variable => new PrintedSize(1 + variable.Name.Value.Length, false),
        IntValueNode integer => new PrintedSize(integer.Value.Length, false),
        FloatValueNode number => new PrintedSize(number.Value.Length, false),
        EnumValueNode enumValue => new PrintedSize(enumValue.Value.Length, false),
        BooleanValueNode boolean => new PrintedSize(boolean.Value ? 4 : 5, false),
        NullValueNode => new PrintedSize(4, false),
        StringValueNode text => MeasureString(text),
        ListValueNode list => MeasureList(list.Values),
        ObjectValueNode obj => MeasureObject(obj.Fields),
        _ => throw new ArgumentException($"Invalid AST Node: {value.Kind}.", nameof(value)),
    };

    private static PrintedSize MeasureString(StringValueNode text)
    {
        if (!text.Block)
        {
            return new PrintedSize(StringPrinter.Length(text.Value, MaxLineLength), false);
        }

        var layout = BlockString.GetLayout(text.Value);
        return new PrintedSize(layout.PrintedLength(text.Value), layout.IsMultiline(text.Value));
    }

    /// <summary>A list longer than 80 columns on one line wraps, so it spans lines.</summary>
    private static PrintedSize MeasureList(IReadOnlyList<ValueNode> values)
    {
        var length = 2;
        var multiline = false;
        for (var i = 0; i < values.Count; i++)
        {
            var item = Measure(values[i]);
            length += (i > 0 ? 2 : 0) + item.Length;
            multiline |= item.Multiline;
            if (length > MaxLineLength)
            {
                return new PrintedSize(length, true);
            }
        }

        return new PrintedSize(length, multiline);
    }

    private static PrintedSize MeasureObject(IReadOnlyList<ObjectFieldNode> fields)
    {
        var length = 4;
        var multiline = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var value = Measure(field.Value);
            length += (i > 0 ? 2 : 0) + field.Name.Value.Length + 2 + value.Length;
            multiline |= value.Multiline;
            if (length > MaxLineLength)
            {
                return new PrintedSize(length, true);
            }
        }

        return new PrintedSize(length, multiline);
    }

    /// <summary>Length of the arguments joined by ", "; counting stops once it exceeds <paramref name="budget"/>.</summary>
    private static int MeasureArguments(IReadOnlyList<ArgumentNode> arguments, int budget)
    {
        var length = 0;
        for (var i = 0; i < arguments.Count && length <= budget; i++)
        {
            var argument = arguments[i];
            length += (i > 0 ? 2 : 0) + argument.Name.Value.Length + 2 + Measure(argument.Value).Length;
        }

        return length;
    }

    private static bool IsMultiline(ValueNode? value) => value is not null && Measure(value).Multiline;

    private static bool IsMultiline(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var arguments = directives[i].Arguments;
            for (var j = 0; j < arguments.Count; j++)
            {
                if (Measure(arguments[j].Value).Multiline)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
