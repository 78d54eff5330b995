namespace Platform.GraphQL.Language;

/// <summary>Schema, type and directive extensions (spec §3.3.2, §3.4.3; directive extensions from graphql-js 17).</summary>
internal sealed partial class DocumentParser
{
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectOrInterfaceExtension(isInterface: false);
                case "interface":
                    return ParseObjectOrInterfaceExtension(isInterface: true);
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
                case "directive":
                    return ParseDirectiveExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        if (directives.Count == 0 && operationTypes is null)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode
        {
            Directives = directives,
            OperationTypes = (IReadOnlyList<OperationTypeDefinitionNode>?)operationTypes ?? [],
            Location = LocationFrom(start),
        };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private TypeExtensionNode ParseObjectOrInterfaceExtension(bool isInterface)
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword(isInterface ? "interface" : "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Count == 0 && fields is null)
        {
            throw Unexpected();
        }

        IReadOnlyList<NamedTypeNode> interfaceList = (IReadOnlyList<NamedTypeNode>?)interfaces ?? [];
        IReadOnlyList<FieldDefinitionNode> fieldList = (IReadOnlyList<FieldDefinitionNode>?)fields ?? [];
        return isInterface
            ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaceList, Directives = directives, Fields = fieldList, Location = LocationFrom(start) }
            : new ObjectTypeExtensionNode { Name = name, Interfaces = interfaceList, Directives = directives, Fields = fieldList, Location = LocationFrom(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types is null)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode
        {
            Name = name,
            Directives = directives,
            Types = (IReadOnlyList<NamedTypeNode>?)types ?? [],
            Location = LocationFrom(start),
        };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values is null)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode
        {
            Name = name,
            Directives = directives,
            Values = (IReadOnlyList<EnumValueDefinitionNode>?)values ?? [],
            Location = LocationFrom(start),
        };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields is null)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode
        {
            Name = name,
            Directives = directives,
            Fields = (IReadOnlyList<InputValueDefinitionNode>?)fields ?? [],
            Location = LocationFrom(start),
        };
    }

    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new DirectiveExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }
}
