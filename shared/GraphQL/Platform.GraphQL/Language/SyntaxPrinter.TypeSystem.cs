namespace Platform.GraphQL.Language;

/// <summary>Schema, type and directive definitions and extensions.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteTypeSystemDefinition(TypeSystemDefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                WriteSchema("schema", schema.Directives, schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WriteSchema("extend schema", schema.Directives, schema.OperationTypes);
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(directive);
                break;
            case DirectiveExtensionNode directive:
                Append("extend directive @");
                Append(directive.Name.Value);
                WriteSpacedDirectives(directive.Directives);
                break;
            case TypeDefinitionNode type:
                WriteDescription(type.Description);
                WriteTypeBody(type, DefinitionKeyword(type));
                break;
            case TypeExtensionNode extension:
                WriteTypeBody(extension, ExtensionKeyword(extension));
                break;
            default:
                throw new ArgumentException($"Invalid AST Node: {definition.Kind}.", nameof(definition));
        }
    }

    private void WriteSchema(string keyword, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        Append(keyword);
        WriteSpacedDirectives(directives);
        WriteSpacedBlock(operationTypes);
    }

    private void WriteOperationTypeDefinition(OperationTypeDefinitionNode operationType)
    {
        Append(OperationKeyword(operationType.Operation));
        Append(": ");
        Append(operationType.Type.Name.Value);
    }

    /// <summary>Everything after the description, shared by a type definition and its extension.</summary>
    private void WriteTypeBody(SyntaxNode type, string keyword)
    {
        Append(keyword);
        Append(' ');
        Append(((INamedSyntaxNode)type).Name.Value);
        switch (type)
        {
            case ObjectTypeDefinitionNode obj:
                WriteComplexBody(obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case ObjectTypeExtensionNode obj:
                WriteComplexBody(obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case InterfaceTypeDefinitionNode iface:
                WriteComplexBody(iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case InterfaceTypeExtensionNode iface:
                WriteComplexBody(iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteUnionBody(union.Directives, union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteUnionBody(union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteSpacedDirectives(enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WriteSpacedDirectives(enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteSpacedDirectives(input.Directives);
                WriteSpacedBlock(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WriteSpacedDirectives(input.Directives);
                WriteSpacedBlock(input.Fields);
                break;
            default:
                WriteSpacedDirectives(((IHasDirectives)type).Directives);
                break;
        }
    }

    private void WriteComplexBody(
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        if (interfaces.Count > 0)
        {
            Append(" implements ");
            WriteJoined(interfaces, " & ");
        }

        WriteSpacedDirectives(directives);
        WriteSpacedBlock(fields);
    }

    private void WriteUnionBody(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WriteSpacedDirectives(directives);
        if (types.Count > 0)
        {
            Append(" = ");
            WriteJoined(types, " | ");
        }
    }

    private void WriteFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        Append(field.Name.Value);
        WriteArgumentDefinitions(field.Arguments);
        Append(": ");
        WriteType(field.Type);
        WriteSpacedDirectives(field.Directives);
    }

    /// <summary>One line, or one indented definition per line when any of them spans lines.</summary>
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (!AnyMultiline(arguments))
        {
            Append('(');
            WriteJoined(arguments, ", ");
            Append(')');
            return;
        }

        OpenBlock('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
            }

            WriteInputValueDefinition(arguments[i]);
        }

        CloseBlock(')');
    }

    private void WriteInputValueDefinition(InputValueDefinitionNode inputValue)
    {
        WriteDescription(inputValue.Description);
        Append(inputValue.Name.Value);
        Append(": ");
        WriteType(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            Append(" = ");
            WriteValue(inputValue.DefaultValue);
        }

        WriteSpacedDirectives(inputValue.Directives);
    }

    private void WriteEnumValueDefinition(EnumValueDefinitionNode enumValue)
    {
        WriteDescription(enumValue.Description);
        Append(enumValue.Name.Value);
        WriteSpacedDirectives(enumValue.Directives);
    }

    private void WriteDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        WriteDescription(directive.Description);
        Append("directive @");
        Append(directive.Name.Value);
        WriteArgumentDefinitions(directive.Arguments);
        WriteSpacedDirectives(directive.Directives);
        if (directive.Repeatable)
        {
            Append(" repeatable");
        }

        Append(" on ");
        WriteJoined(directive.Locations, " | ");
    }

    private static string DefinitionKeyword(TypeDefinitionNode type) => type switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "type",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        InputObjectTypeDefinitionNode => "input",
        _ => throw new ArgumentException($"Invalid AST Node: {type.Kind}.", nameof(type)),
    };

    private static string ExtensionKeyword(TypeExtensionNode type) => type switch
    {
        ScalarTypeExtensionNode => "extend scalar",
        ObjectTypeExtensionNode => "extend type",
        InterfaceTypeExtensionNode => "extend interface",
        UnionTypeExtensionNode => "extend union",
        EnumTypeExtensionNode => "extend enum",
        InputObjectTypeExtensionNode => "extend input",
        _ => throw new ArgumentException($"Invalid AST Node: {type.Kind}.", nameof(type)),
    };
}
