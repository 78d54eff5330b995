using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>Folding one type definition or extension into the subgraph's type.</summary>
internal static partial class SubgraphReader
{
    private static void ReadType(ReadContext context, SyntaxNode node, bool isExtension)
    {
        var (name, kind, directives) = node switch
        {
            ObjectTypeDefinitionNode n => (n.Name.Value, TypeKind.Object, n.Directives),
            ObjectTypeExtensionNode n => (n.Name.Value, TypeKind.Object, n.Directives),
            InterfaceTypeDefinitionNode n => (n.Name.Value, TypeKind.Interface, n.Directives),
            InterfaceTypeExtensionNode n => (n.Name.Value, TypeKind.Interface, n.Directives),
            UnionTypeDefinitionNode n => (n.Name.Value, TypeKind.Union, n.Directives),
            UnionTypeExtensionNode n => (n.Name.Value, TypeKind.Union, n.Directives),
            EnumTypeDefinitionNode n => (n.Name.Value, TypeKind.Enum, n.Directives),
            EnumTypeExtensionNode n => (n.Name.Value, TypeKind.Enum, n.Directives),
            InputObjectTypeDefinitionNode n => (n.Name.Value, TypeKind.InputObject, n.Directives),
            InputObjectTypeExtensionNode n => (n.Name.Value, TypeKind.InputObject, n.Directives),
            ScalarTypeDefinitionNode n => (n.Name.Value, TypeKind.Scalar, n.Directives),
            ScalarTypeExtensionNode n => (n.Name.Value, TypeKind.Scalar, n.Directives),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };
        name = context.Rename(name);
        if (!context.Schema.Types.TryGetValue(name, out var type))
        {
            type = new SubgraphType { Name = name, Kind = kind };
            context.Schema.Types[name] = type;
        }
        else if (type.Kind != kind)
        {
            context.Errors.Add(new CompositionError(
                CompositionCodes.InvalidGraphQL,
                $"[{context.Schema.Name}] Type \"{name}\" is declared both as {type.Kind} and as {kind}."));
            return;
        }

        if (node is TypeDefinitionNode && !context.Defined.Add(name))
        {
            context.Errors.Add(new CompositionError(
                CompositionCodes.InvalidGraphQL, $"[{context.Schema.Name}] There can be only one type named \"{name}\"."));
            return;
        }

        if (node is TypeDefinitionNode definition)
        {
            type.OnlyExtendSyntax = false;
            type.Description ??= definition.Description;
        }

        var nodeTraits = ReadTypeDirectives(context, type, directives, isExtension);
        switch (node)
        {
            case ObjectTypeDefinitionNode n:
                AddFields(context, type, n.Interfaces, n.Fields, nodeTraits);
                break;
            case ObjectTypeExtensionNode n:
                AddFields(context, type, n.Interfaces, n.Fields, nodeTraits);
                break;
            case InterfaceTypeDefinitionNode n:
                AddFields(context, type, n.Interfaces, n.Fields, nodeTraits);
                break;
            case InterfaceTypeExtensionNode n:
                AddFields(context, type, n.Interfaces, n.Fields, nodeTraits);
                break;
            case UnionTypeDefinitionNode n:
                type.Members.AddRange(n.Types.Select(t => context.Rename(t.Name.Value)).Where(m => !type.Members.Contains(m)));
                break;
            case UnionTypeExtensionNode n:
                type.Members.AddRange(n.Types.Select(t => context.Rename(t.Name.Value)).Where(m => !type.Members.Contains(m)));
                break;
            case EnumTypeDefinitionNode n:
                AddEnumValues(context, type, n.Values);
                break;
            case EnumTypeExtensionNode n:
                AddEnumValues(context, type, n.Values);
                break;
            case InputObjectTypeDefinitionNode n:
                AddInputValues(context, type.InputFields, n.Fields);
                break;
            case InputObjectTypeExtensionNode n:
                AddInputValues(context, type.InputFields, n.Fields);
                break;
        }
    }

    private static void AddFields(
        ReadContext context, SubgraphType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields, NodeTraits traits)
    {
        type.Interfaces.AddRange(interfaces.Select(i => context.Rename(i.Name.Value)).Where(i => !type.Interfaces.Contains(i)));
        foreach (var node in fields)
        {
            var field = new SubgraphField
            {
                Name = node.Name.Value,
                Description = node.Description,
                Type = context.Rename(node.Type),
                Shareable = traits.Shareable,
                External = traits.External,
            };
            ReadFieldDirectives(context, type.Name, field, node.Directives);
            AddInputValues(context, field.Arguments, node.Arguments);
            if (!type.Fields.TryAdd(field.Name, field))
            {
                context.Errors.Add(new CompositionError(
                    CompositionCodes.InvalidGraphQL,
                    $"[{context.Schema.Name}] Field \"{type.Name}.{field.Name}\" can only be defined once."));
            }
        }
    }

    private static void AddInputValues(
        ReadContext context, OrderedDictionary<string, SubgraphInputValue> target, IReadOnlyList<InputValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            var value = new SubgraphInputValue
            {
                Name = node.Name.Value,
                Description = node.Description,
                Type = context.Rename(node.Type),
                DefaultValue = node.DefaultValue,
            };
            value.Deprecated = ReadMemberDirectives(
                context, node.Directives, () => value.Inaccessible = true, value.OtherDirectives, value.FederationDirectives);

            target.TryAdd(value.Name, value);
        }
    }

    private static void AddEnumValues(ReadContext context, SubgraphType type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            var value = new SubgraphEnumValue { Name = node.Name.Value, Description = node.Description };
            value.Deprecated = ReadMemberDirectives(
                context, node.Directives, () => value.Inaccessible = true, value.OtherDirectives, value.FederationDirectives);

            type.Values.TryAdd(value.Name, value);
        }
    }
}
