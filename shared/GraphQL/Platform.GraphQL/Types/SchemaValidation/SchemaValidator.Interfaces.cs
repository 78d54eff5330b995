using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Types;

public static partial class SchemaValidator
{
    private static void ValidateInterfaces(Context context, NamedType type, IComplexOutputType complex)
    {
        if (context.Schema.Unrepresentable.Interfaces.TryGetValue(type, out var notInterfaces))
        {
            foreach (var name in notInterfaces)
            {
                context.Report(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {name}.",
                    ImplementsInterfaceNodes(type, name));
            }
        }

        var implementedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in complex.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsInterfaceNodes(type, iface));
                continue;
            }

            if (!implementedNames.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsInterfaceNodes(type, iface));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, complex, iface);
            ValidateTypeImplementsInterface(context, type, complex, iface);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, NamedType type, IComplexOutputType complex, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            if (!complex.Fields.TryGetValue(ifaceField.Name, out var typeField))
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                    DefinitionNodes(type).Prepend(ifaceField.AstNode));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} " +
                    $"but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments.Values)
            {
                var ifaceCoordinate = $"{iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:)";
                if (!typeField.Arguments.TryGetValue(ifaceArgument.Name, out var typeArgument))
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate} expected but {type.Name}.{typeField.Name} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate} expects type {ifaceArgument.Type} " +
                        $"but {type.Name}.{typeField.Name}({typeArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments.Values)
            {
                if (IsRequired(typeArgument) && !ifaceField.Arguments.ContainsKey(typeArgument.Name))
                {
                    context.Report(
                        $"Argument \"{type.Name}.{typeField.Name}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" " +
                        $"if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so " +
                    $"implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedDirective(typeField.AstNode),
                    typeField.AstNode?.Type);
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, NamedType type, IComplexOutputType complex, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (complex.Interfaces.Contains(transitive))
            {
                continue;
            }

            context.Report(
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                ImplementsInterfaceNodes(iface, transitive).Concat(ImplementsInterfaceNodes(type, iface)));
        }
    }

    /// <summary>The <c>implements</c> entries naming <paramref name="iface"/> in the type's definition and extensions.</summary>
    private static List<SyntaxNode?> ImplementsInterfaceNodes(NamedType type, InterfaceType iface) =>
        ImplementsInterfaceNodes(type, iface.Name);

    private static List<SyntaxNode?> ImplementsInterfaceNodes(NamedType type, string interfaceName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in DefinitionNodes(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode definition => definition.Interfaces,
                InterfaceTypeDefinitionNode definition => definition.Interfaces,
                ObjectTypeExtensionNode extension => extension.Interfaces,
                InterfaceTypeExtensionNode extension => extension.Interfaces,
                _ => [],
            };
            foreach (var named in interfaces)
            {
                if (named.Name.Value == interfaceName)
                {
                    nodes.Add(named);
                }
            }
        }

        return nodes;
    }
}
