using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Composition;

/// <summary>
/// The schema clients see: the merged types as SDL nodes without anything <c>@inaccessible</c>, with <c>@deprecated</c>,
/// descriptions and <c>@composeDirective</c>-ed directives, built and validated by the engine.
/// </summary>
internal static class ApiSchemaBuilder
{
    public static Schema? Build(MergedSchema merged, List<CompositionError> errors)
    {
        var definitions = new List<DefinitionNode>();
        definitions.AddRange(merged.ComposedDirectives.Values);
        foreach (var type in merged.Types.Values.Where(t => !t.Inaccessible))
        {
            definitions.Add(TypeNode(merged, type));
        }

        try
        {
            var schema = SchemaBuilder.Build(new DocumentNode(definitions));
            var problems = SchemaValidator.Validate(schema);
            if (problems.Count == 0)
            {
                return schema;
            }

            errors.AddRange(problems.Select(p => new CompositionError(CompositionCodes.InvalidGraphQL, $"[supergraph] {p.Message}")));
        }
        catch (SchemaException exception)
        {
            errors.AddRange(exception.Errors.Select(e => new CompositionError(CompositionCodes.InvalidGraphQL, $"[supergraph] {e.Message}")));
        }

        return null;
    }

    private static TypeDefinitionNode TypeNode(MergedSchema merged, MergedType type)
    {
        var name = new NameNode(type.Name);
        var accessible = (string typeName) => merged.Types.TryGetValue(typeName, out var t) && !t.Inaccessible;
        return type.Kind switch
        {
            TypeKind.Object => new ObjectTypeDefinitionNode
            {
                Name = name, Description = type.Description, Directives = type.Directives,
                Interfaces = Named(type.Interfaces.Where(accessible)), Fields = Fields(type),
            },
            TypeKind.Interface => new InterfaceTypeDefinitionNode
            {
                Name = name, Description = type.Description, Directives = type.Directives,
                Interfaces = Named(type.Interfaces.Where(accessible)), Fields = Fields(type),
            },
            TypeKind.Union => new UnionTypeDefinitionNode
            {
                Name = name, Description = type.Description, Directives = type.Directives, Types = Named(type.Members.Where(accessible)),
            },
            TypeKind.Enum => new EnumTypeDefinitionNode
            {
                Name = name, Description = type.Description, Directives = type.Directives,
                Values = type.Values.Values.Where(v => !v.Inaccessible).Select(v => new EnumValueDefinitionNode
                {
                    Name = new NameNode(v.Name), Description = v.Description, Directives = WithDeprecated(v.Directives, v.Deprecated),
                }).ToList(),
            },
            TypeKind.InputObject => new InputObjectTypeDefinitionNode
            {
                Name = name, Description = type.Description, Directives = type.Directives, Fields = InputValues(type.InputFields.Values),
            },
            _ => new ScalarTypeDefinitionNode { Name = name, Description = type.Description, Directives = type.Directives },
        };
    }

    private static List<NamedTypeNode> Named(IEnumerable<string> names) => names.Select(n => new NamedTypeNode(new NameNode(n))).ToList();

    private static List<FieldDefinitionNode> Fields(MergedType type) =>
        type.Fields.Values.Where(f => !f.Inaccessible).Select(f => new FieldDefinitionNode
        {
            Name = new NameNode(f.Name),
            Description = f.Description,
            Type = f.Type,
            Arguments = InputValues(f.Arguments.Values),
            Directives = WithDeprecated(f.Directives, f.Deprecated),
        }).ToList();

    private static List<InputValueDefinitionNode> InputValues(IEnumerable<MergedInputValue> values) =>
        values.Where(v => !v.Inaccessible).Select(v => new InputValueDefinitionNode
        {
            Name = new NameNode(v.Name),
            Description = v.Description,
            Type = v.Type,
            DefaultValue = v.DefaultValue,
            Directives = WithDeprecated(v.Directives, v.Deprecated),
        }).ToList();

    private static List<DirectiveNode> WithDeprecated(List<DirectiveNode> directives, DirectiveNode? deprecated) =>
        deprecated is null ? directives : [deprecated, .. directives];
}
