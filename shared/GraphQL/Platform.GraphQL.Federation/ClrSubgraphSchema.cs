using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// Makes a schema built from C# types a subgraph: its SDL (applied directives kept, a federation <c>@link</c> importing
/// the directives its attributes use, composed directives linked), the federation definitions, <c>_Entity</c>,
/// <c>Query._service</c> / <c>Query._entities</c>, and the reference resolver of every resolvable entity.
/// </summary>
internal static class ClrSubgraphSchema
{
    private static readonly Version FederationVersion = new(2, 3);

    private static readonly string FederationUrl = $"{FederationLink.SpecPrefix}{FederationVersion.Major}.{FederationVersion.Minor}";

    public static Schema Derive(Schema schema, FederationRegistration registration, IReadOnlyList<Type> registeredTypes, Func<Type, bool>? isService)
    {
        var query = schema.QueryType ?? throw new SchemaException("AddFederation(): the schema has no Query type.");
        if (query.Fields.ContainsKey("_service"))
        {
            // SDL with C# resolver classes: the SDL made it a subgraph; reference resolver methods are all that is left.
            BindReferenceResolvers(schema.TypeMap.Values.Where(t => registration.EntityTypes.Contains(t.Name)), registration, registeredTypes, isService, required: false);
            return schema;
        }

        MarkSharedInfrastructureShareable(schema);
        var composed = registration.ComposedDirectives.Select(c => (c.Url, Definition: ParseDirective(c.Definition))).ToList();
        var links = LinkDirectives(schema, composed.Select(c => (c.Url, c.Definition.Name.Value)).ToList());
        var sdl = SchemaSdlDocument.Create(schema, links);
        registration.Sdl = Printer.Print(new DocumentNode([sdl.Definitions[0], .. composed.Select(c => c.Definition), .. sdl.Definitions.Skip(1)]));

        var entities = schema.TypeMap.Values.Where(IsEntity).ToList();
        registration.EntityTypes = [.. entities.Select(type => type.Name)];
        BindReferenceResolvers(entities, registration, registeredTypes, isService, required: true);

        var definitions = DefinitionsSchema(new DocumentNode([new SchemaExtensionNode { Directives = links, OperationTypes = [] }]), composed.Select(c => c.Definition));
        var added = definitions.TypeMap.Values.Where(type => type.Name != "Query" && !type.IsIntrospectionType && schema.GetType(type.Name) is null).ToList();
        query.Fields.Add("_service", new FieldDefinition("_service", new NonNullType(definitions.GetType("_Service")!)));
        var entityObjects = entities.OfType<ObjectType>().ToList();
        if (entityObjects.Count > 0)
        {
            var entityUnion = new UnionType("_Entity");
            entityUnion.Types.AddRange(entityObjects);
            added.Add(entityUnion);
            var entitiesField = new FieldDefinition("_entities", new NonNullType(new ListType(entityUnion)));
            entitiesField.Arguments.Add("representations", new InputValueDefinition(
                "representations", new NonNullType(new ListType(new NonNullType(definitions.GetType("_Any")!)))));
            query.Fields.Add("_entities", entitiesField);
        }

        return new Schema(new SchemaOptions
        {
            Description = schema.Description,
            Query = query,
            Mutation = schema.MutationType,
            Subscription = schema.SubscriptionType,
            Types = [.. schema.TypeMap.Values.Where(type => !type.IsIntrospectionType), .. added],
            Directives = [.. schema.Directives, .. definitions.Directives.Where(d => !SpecifiedDirectives.IsSpecified(d) && schema.GetDirective(d.Name) is null)],
            AppliedDirectives = links,
        });
    }

    /// <summary>
    /// Relay's <c>PageInfo</c> comes from the engine, so every module with a connection defines the same type; Federation v2
    /// composes a value type defined in several subgraphs only when its fields are <c>@shareable</c>.
    /// </summary>
    private static void MarkSharedInfrastructureShareable(Schema schema)
    {
        if (schema.GetType("PageInfo") is ObjectType { ClrType: var clrType } pageInfo
            && clrType == typeof(Platform.GraphQL.Pagination.PageInfo)
            && !pageInfo.AppliedDirectives.Any(directive => directive.Name.Value == "shareable"))
        {
            pageInfo.AppliedDirectives = [.. pageInfo.AppliedDirectives, new DirectiveNode(new NameNode("shareable"), [])];
        }
    }

    private static bool IsEntity(NamedType type) =>
        type is ObjectType or InterfaceType
        && type.AppliedDirectives.Any(directive => directive.Name.Value == "key"
            && !directive.Arguments.Any(argument => argument.Name.Value == "resolvable" && argument.Value is BooleanValueNode { Value: false }));

    private static void BindReferenceResolvers(
        IEnumerable<NamedType> entities, FederationRegistration registration, IReadOnlyList<Type> registeredTypes, Func<Type, bool>? isService, bool required)
    {
        foreach (var entity in entities)
        {
            if (registration.ReferenceResolvers.ContainsKey(entity.Name))
            {
                continue;
            }

            var method = ClrReferenceResolvers.Find(entity, registeredTypes);
            if (method is null)
            {
                // SDL entities without one are their representations; C# entities need one.
                if (!required)
                {
                    continue;
                }

                throw new SchemaException(
                    $"The entity {entity.Name} has a resolvable key but no reference resolver: give {entity.ClrType?.Name ?? entity.Name} a public "
                    + "ResolveReference method (or mark one [ReferenceResolver]), call AddReferenceResolver, or mark the key Resolvable = false.");
            }

            registration.ReferenceResolvers[entity.Name] = ClrReferenceResolvers.Bind(method, isService);
        }
    }

    /// <summary><c>extend schema @link(federation, import: [the directives used]) @link(url, import: [@composed]) @composeDirective(…)</c>.</summary>
    private static List<DirectiveNode> LinkDirectives(Schema schema, List<(string Url, string Name)> composed)
    {
        var used = UsedDirectiveNames(schema).Select(name => "@" + name).Where(name => FederationElements.Exists(name, FederationVersion)).ToList();
        if (composed.Count > 0)
        {
            used.Add("@composeDirective");
        }

        var directives = new List<DirectiveNode> { Link(FederationUrl, used) };
        directives.AddRange(composed.Select(c => Link(c.Url, ["@" + c.Name])));
        directives.AddRange(composed.Select(c => new DirectiveNode(
            new NameNode("composeDirective"), [new ArgumentNode(new NameNode("name"), new StringValueNode("@" + c.Name))])));
        return directives;
    }

    private static DirectiveNode Link(string url, IReadOnlyList<string> imports) => new(new NameNode("link"),
    [
        new ArgumentNode(new NameNode("url"), new StringValueNode(url)),
        new ArgumentNode(new NameNode("import"), new ListValueNode([.. imports.Select(name => new StringValueNode(name))])),
    ]);

    private static IEnumerable<string> UsedDirectiveNames(Schema schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.TypeMap.Values)
        {
            IEnumerable<IReadOnlyList<DirectiveNode>> lists = [type.AppliedDirectives];
            lists = type switch
            {
                IComplexOutputType complex => lists.Concat(complex.Fields.Values.SelectMany(f => f.Arguments.Values.Select(a => a.AppliedDirectives).Prepend(f.AppliedDirectives))),
                EnumType enumType => lists.Concat(enumType.Values.Values.Select(v => v.AppliedDirectives)),
                InputObjectType input => lists.Concat(input.Fields.Values.Select(f => f.AppliedDirectives)),
                _ => lists,
            };
            foreach (var directive in lists.SelectMany(list => list))
            {
                if (seen.Add(directive.Name.Value))
                {
                    yield return directive.Name.Value;
                }
            }
        }
    }

    /// <summary>A schema of the federation and link definitions under the names the link gives them, plus <c>_Any</c> and <c>_Service</c>.</summary>
    private static Schema DefinitionsSchema(DocumentNode links, IEnumerable<DirectiveDefinitionNode> composed)
    {
        var composedNames = composed.Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);
        var sdl = FederationElements.LinkSdl(none, none)
            + FederationElements.DefinitionsSdl(FederationLink.Read(links), composedNames, none)
            + string.Join("\n", composed.Select(Printer.Print))
            + "\nscalar _Any\ntype _Service { sdl: String }\ntype Query { _service: _Service! }";
        return SchemaBuilder.Build(sdl);
    }

    private static DirectiveDefinitionNode ParseDirective(string definition)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(definition);
        }
        catch (GraphQLError syntaxError)
        {
            throw new SchemaException([syntaxError]);
        }

        return document.Definitions is [DirectiveDefinitionNode directive]
            ? directive
            : throw new SchemaException($"\"{definition}\" is not one directive definition.");
    }
}
