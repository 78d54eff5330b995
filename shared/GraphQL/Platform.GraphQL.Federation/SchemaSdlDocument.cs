using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// A built schema as a type-system document that keeps every applied directive (the engine's schema printer, like
/// graphql-js's, leaves them out): what <c>_service.sdl</c> returns for a schema built from C# types.
/// </summary>
internal static class SchemaSdlDocument
{
    private static readonly HashSet<string> BuiltInScalars = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public static DocumentNode Create(Schema schema, IReadOnlyList<DirectiveNode> schemaDirectives)
    {
        var definitions = new List<DefinitionNode> { SchemaNode(schema, schemaDirectives) };
        definitions.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d)).Select(DirectiveDefinition));
        foreach (var type in schema.TypeMap.Values)
        {
            if (!type.IsIntrospectionType && !BuiltInScalars.Contains(type.Name))
            {
                definitions.Add(TypeDefinition(type));
            }
        }

        return new DocumentNode(definitions);
    }

    private static TypeSystemDefinitionNode SchemaNode(Schema schema, IReadOnlyList<DirectiveNode> directives)
    {
        var roots = new[] { (OperationType.Query, schema.QueryType), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) }
            .Where(root => root.Item2 is not null)
            .ToList();
        if (roots.All(root => root.Item2!.Name == root.Item1.ToString()))
        {
            return new SchemaExtensionNode { Directives = directives, OperationTypes = [] };
        }

        return new SchemaDefinitionNode
        {
            Directives = directives,
            OperationTypes = [.. roots.Select(root => new OperationTypeDefinitionNode(root.Item1, Named(root.Item2!)))],
        };
    }

    private static DirectiveDefinitionNode DirectiveDefinition(DirectiveDefinition directive) => new()
    {
        Description = Description(directive.Description),
        Name = new NameNode(directive.Name),
        Arguments = [.. directive.Arguments.Values.Select(InputValue)],
        Repeatable = directive.IsRepeatable,
        Locations = [.. directive.Locations.Select(location => new NameNode(location.ToString()))],
    };

    private static TypeDefinitionNode TypeDefinition(NamedType type)
    {
        var description = Description(type.Description);
        var name = new NameNode(type.Name);
        var directives = type.AppliedDirectives;
        return type switch
        {
            ObjectType objectType => new ObjectTypeDefinitionNode
            {
                Description = description, Name = name, Directives = directives,
                Interfaces = [.. objectType.Interfaces.Select(Named)], Fields = [.. objectType.Fields.Values.Select(Field)],
            },
            InterfaceType interfaceType => new InterfaceTypeDefinitionNode
            {
                Description = description, Name = name, Directives = directives,
                Interfaces = [.. interfaceType.Interfaces.Select(Named)], Fields = [.. interfaceType.Fields.Values.Select(Field)],
            },
            UnionType union => new UnionTypeDefinitionNode
            {
                Description = description, Name = name, Directives = directives, Types = [.. union.Types.Select(Named)],
            },
            EnumType enumType => new EnumTypeDefinitionNode
            {
                Description = description, Name = name, Directives = directives,
                Values = [.. enumType.Values.Values.Select(value => new EnumValueDefinitionNode
                {
                    Description = Description(value.Description), Name = new NameNode(value.Name),
                    Directives = WithDeprecation(value.AppliedDirectives, value.DeprecationReason),
                })],
            },
            InputObjectType input => new InputObjectTypeDefinitionNode
            {
                Description = description, Name = name, Directives = directives, Fields = [.. input.Fields.Values.Select(InputValue)],
            },
            ScalarType scalar => new ScalarTypeDefinitionNode
            {
                Description = description, Name = name,
                Directives = scalar.SpecifiedByUrl is { } url && !directives.Any(d => d.Name.Value == "specifiedBy")
                    ? [.. directives, new DirectiveNode(new NameNode("specifiedBy"), [new ArgumentNode(new NameNode("url"), new StringValueNode(url))])]
                    : directives,
            },
            _ => throw new InvalidOperationException($"Unknown kind of type {type.Name}."),
        };
    }

    private static FieldDefinitionNode Field(FieldDefinition field) => new()
    {
        Description = Description(field.Description),
        Name = new NameNode(field.Name),
        Arguments = [.. field.Arguments.Values.Select(InputValue)],
        Type = TypeReference(field.Type),
        Directives = WithDeprecation(field.AppliedDirectives, field.DeprecationReason),
    };

    private static InputValueDefinitionNode InputValue(InputValueDefinition inputValue) => new()
    {
        Description = Description(inputValue.Description),
        Name = new NameNode(inputValue.Name),
        Type = TypeReference(inputValue.Type),
        DefaultValue = DefaultValueLiterals.Get(inputValue),
        Directives = WithDeprecation(inputValue.AppliedDirectives, inputValue.DeprecationReason),
    };

    private static IReadOnlyList<DirectiveNode> WithDeprecation(IReadOnlyList<DirectiveNode> directives, string? reason)
    {
        if (reason is null || directives.Any(d => d.Name.Value == "deprecated"))
        {
            return directives;
        }

        IReadOnlyList<ArgumentNode> arguments = reason == SpecifiedDirectives.DefaultDeprecationReason
            ? []
            : [new ArgumentNode(new NameNode("reason"), new StringValueNode(reason))];
        return [.. directives, new DirectiveNode(new NameNode("deprecated"), arguments)];
    }

    private static TypeNode TypeReference(GraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(TypeReference(nonNull.OfType)),
        ListType list => new ListTypeNode(TypeReference(list.OfType)),
        NamedType named => Named(named),
        _ => throw new InvalidOperationException(),
    };

    private static NamedTypeNode Named(NamedType type) => new(new NameNode(type.Name));

    private static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode(text, block: true);
}
