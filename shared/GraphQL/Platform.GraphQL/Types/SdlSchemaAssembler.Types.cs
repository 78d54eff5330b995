using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

internal sealed partial class SdlSchemaAssembler
{
    private NamedType CreateShell(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        NamedType type = node switch
        {
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            InputObjectTypeDefinitionNode => new InputObjectType(name),
            _ => new ScalarType(name),
        };
        var extensions = ExtensionsOf(node);
        type.Description = node.Description?.Value;
        type.AstNode = node;
        type.ExtensionAstNodes = extensions;
        type.AppliedDirectives = CollectDirectives(node.Directives, extensions);
        return type;
    }

    private void Complete(NamedType type, TypeDefinitionNode node)
    {
        var extensions = type.ExtensionAstNodes;
        switch (type)
        {
            case ObjectType objectType:
                AddInterfaces(objectType, objectType.Interfaces, ((ObjectTypeDefinitionNode)node).Interfaces, extensions);
                AddFields(objectType.Fields, ((ObjectTypeDefinitionNode)node).Fields, extensions);
                break;
            case InterfaceType interfaceType:
                AddInterfaces(interfaceType, interfaceType.Interfaces, ((InterfaceTypeDefinitionNode)node).Interfaces, extensions);
                AddFields(interfaceType.Fields, ((InterfaceTypeDefinitionNode)node).Fields, extensions);
                break;
            case UnionType union:
                AddMembers(union, ((UnionTypeDefinitionNode)node).Types);
                foreach (var extension in extensions)
                {
                    AddMembers(union, ((UnionTypeExtensionNode)extension).Types);
                }

                break;
            case EnumType enumType:
                AddEnumValues(enumType, ((EnumTypeDefinitionNode)node).Values);
                foreach (var extension in extensions)
                {
                    AddEnumValues(enumType, ((EnumTypeExtensionNode)extension).Values);
                }

                break;
            case InputObjectType input:
                input.IsOneOf = AppliedDirectiveValues.Has(node, SpecifiedDirectives.OneOf);
                AddInputValues(input.Fields, ((InputObjectTypeDefinitionNode)node).Fields);
                foreach (var extension in extensions)
                {
                    AddInputValues(input.Fields, ((InputObjectTypeExtensionNode)extension).Fields);
                }

                break;
            case ScalarType scalar:
                scalar.SpecifiedByUrl = AppliedDirectiveValues.SpecifiedByUrl(node);
                foreach (var extension in extensions)
                {
                    scalar.SpecifiedByUrl = AppliedDirectiveValues.SpecifiedByUrl(extension) ?? scalar.SpecifiedByUrl;
                }

                break;
        }
    }

    private void AddInterfaces(
        NamedType type, List<InterfaceType> target, IReadOnlyList<NamedTypeNode> nodes, IReadOnlyList<TypeExtensionNode> extensions)
    {
        AddInterfaces(type, target, nodes);
        foreach (var extension in extensions)
        {
            switch (extension)
            {
                case ObjectTypeExtensionNode objectExtension:
                    AddInterfaces(type, target, objectExtension.Interfaces);
                    break;
                case InterfaceTypeExtensionNode interfaceExtension:
                    AddInterfaces(type, target, interfaceExtension.Interfaces);
                    break;
            }
        }
    }

    private void AddInterfaces(NamedType type, List<InterfaceType> target, IReadOnlyList<NamedTypeNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (LookUp(node) is InterfaceType iface)
            {
                target.Add(iface);
            }
            else
            {
                UnrepresentableReferences.Add(_unrepresentable.Interfaces, type, node.Name.Value);
            }
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (LookUp(node) is ObjectType member)
            {
                union.Types.Add(member);
            }
            else
            {
                UnrepresentableReferences.Add(_unrepresentable.UnionMembers, union, node.Name.Value);
            }
        }
    }

    private void AddFields(
        OrderedDictionary<string, FieldDefinition> target, IReadOnlyList<FieldDefinitionNode> nodes, IReadOnlyList<TypeExtensionNode> extensions)
    {
        AddFields(target, nodes);
        foreach (var extension in extensions)
        {
            switch (extension)
            {
                case ObjectTypeExtensionNode objectExtension:
                    AddFields(target, objectExtension.Fields);
                    break;
                case InterfaceTypeExtensionNode interfaceExtension:
                    AddFields(target, interfaceExtension.Fields);
                    break;
            }
        }
    }

    private void AddFields(OrderedDictionary<string, FieldDefinition> target, IReadOnlyList<FieldDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var field = new FieldDefinition(node.Name.Value, TypeFromAst(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = AppliedDirectiveValues.DeprecationReason(node),
                AstNode = node,
                AppliedDirectives = node.Directives,
            };
            AddInputValues(field.Arguments, node.Arguments);
            target[field.Name] = field;
        }
    }

    private void AddInputValues(OrderedDictionary<string, InputValueDefinition> target, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            target[node.Name.Value] = new InputValueDefinition(node.Name.Value, TypeFromAst(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = AppliedDirectiveValues.DeprecationReason(node),
                DefaultValueLiteral = node.DefaultValue,
                HasDefaultValue = node.DefaultValue is not null,
                AstNode = node,
                AppliedDirectives = node.Directives,
            };
        }
    }

    private static void AddEnumValues(EnumType type, IReadOnlyList<EnumValueDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            type.Values[node.Name.Value] = new EnumValueDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = AppliedDirectiveValues.DeprecationReason(node),
                AstNode = node,
                AppliedDirectives = node.Directives,
            };
        }
    }

    private IReadOnlyList<TypeExtensionNode> ExtensionsOf(TypeDefinitionNode node)
    {
        if (!_typeExtensions.TryGetValue(node.Name.Value, out var all))
        {
            return [];
        }

        var matching = new List<TypeExtensionNode>(all.Count);
        foreach (var extension in all)
        {
            if (Extends(extension, node))
            {
                matching.Add(extension);
            }
        }

        return matching;
    }

    private static bool Extends(TypeExtensionNode extension, TypeDefinitionNode node) => (extension, node) switch
    {
        (ScalarTypeExtensionNode, ScalarTypeDefinitionNode) => true,
        (ObjectTypeExtensionNode, ObjectTypeDefinitionNode) => true,
        (InterfaceTypeExtensionNode, InterfaceTypeDefinitionNode) => true,
        (UnionTypeExtensionNode, UnionTypeDefinitionNode) => true,
        (EnumTypeExtensionNode, EnumTypeDefinitionNode) => true,
        (InputObjectTypeExtensionNode, InputObjectTypeDefinitionNode) => true,
        _ => false,
    };

    private static IReadOnlyList<DirectiveNode> CollectDirectives(IReadOnlyList<DirectiveNode> own, IReadOnlyList<TypeExtensionNode> extensions)
    {
        if (extensions.Count == 0)
        {
            return own;
        }

        var all = new List<DirectiveNode>(own);
        foreach (var extension in extensions)
        {
            all.AddRange(extension.Directives);
        }

        return all;
    }
}
