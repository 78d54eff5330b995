using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Fields, arguments, input fields, enum values, descriptions and deprecations.</summary>
public static partial class SchemaPrinter
{
    private const string MemberIndent = "  ";

    private static void WriteFields(StringBuilder text, OrderedDictionary<string, FieldDefinition> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        text.Append(" {\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields.GetAt(i).Value;
            StartMember(text, i, field.Description);
            text.Append(field.Name);
            WriteArguments(text, field.Arguments, MemberIndent);
            text.Append(": ").Append(field.Type.ToString());
            WriteDeprecated(text, field.DeprecationReason);
        }

        text.Append("\n}");
    }

    private static void WriteInputFields(StringBuilder text, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            return;
        }

        text.Append(" {\n");
        for (var i = 0; i < input.Fields.Count; i++)
        {
            var field = input.Fields.GetAt(i).Value;
            StartMember(text, i, field.Description);
            WriteInputValue(text, field);
        }

        text.Append("\n}");
    }

    private static void WriteEnumValues(StringBuilder text, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            return;
        }

        text.Append(" {\n");
        for (var i = 0; i < enumType.Values.Count; i++)
        {
            var value = enumType.Values.GetAt(i).Value;
            StartMember(text, i, value.Description);
            text.Append(value.Name);
            WriteDeprecated(text, value.DeprecationReason);
        }

        text.Append("\n}");
    }

    /// <summary>The line break before a member of a block, its description, and its indentation.</summary>
    private static void StartMember(StringBuilder text, int index, string? description)
    {
        if (index > 0)
        {
            text.Append('\n');
        }

        WriteDescription(text, description, MemberIndent, index == 0);
        text.Append(MemberIndent);
    }

    /// <summary>On one line, or one per line with descriptions when any argument has a description.</summary>
    private static void WriteArguments(StringBuilder text, OrderedDictionary<string, InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var anyDescription = false;
        foreach (var argument in arguments.Values)
        {
            anyDescription |= argument.Description is not null;
        }

        if (!anyDescription)
        {
            text.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                WriteInputValue(text, arguments.GetAt(i).Value);
            }

            text.Append(')');
            return;
        }

        var argumentIndent = MemberIndent + indentation;
        text.Append("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments.GetAt(i).Value;
            if (i > 0)
            {
                text.Append('\n');
            }

            WriteDescription(text, argument.Description, argumentIndent, i == 0);
            text.Append(argumentIndent);
            WriteInputValue(text, argument);
        }

        text.Append('\n').Append(indentation).Append(')');
    }

    private static void WriteInputValue(StringBuilder text, InputValueDefinition inputValue)
    {
        text.Append(inputValue.Name).Append(": ").Append(inputValue.Type.ToString());
        var defaultValue = DefaultValueLiterals.Get(inputValue);
        if (defaultValue is not null)
        {
            text.Append(" = ");
            Printer.Print(defaultValue, text);
        }

        WriteDeprecated(text, inputValue.DeprecationReason);
    }

    private static void WriteDeprecated(StringBuilder text, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        text.Append(" @deprecated");
        if (reason != SpecifiedDirectives.DefaultDeprecationReason)
        {
            text.Append("(reason: ").Append(StringPrinter.Print(reason)).Append(')');
        }
    }

    /// <summary>
    /// A block string when the text survives one, else a quoted string; every line break is followed by the indentation.
    /// A member after the first in its block gets an empty line before its description.
    /// </summary>
    private static void WriteDescription(StringBuilder text, string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return;
        }

        if (indentation.Length > 0 && !firstInBlock)
        {
            text.Append('\n');
        }

        text.Append(indentation);
        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : StringPrinter.Print(description);
        if (indentation.Length == 0)
        {
            text.Append(printed);
        }
        else
        {
            text.Append(printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal));
        }

        text.Append('\n');
    }
}
