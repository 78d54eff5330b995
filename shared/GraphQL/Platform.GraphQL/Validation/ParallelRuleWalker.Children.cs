using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

internal sealed partial class ParallelRuleWalker
{
    // The children of each kind of node in graphql-js's key order, read straight from the typed properties so the
    // walk allocates nothing per node.
    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                Visit(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                VisitDescription(operation.Description);
                VisitIfPresent(operation.Name);
                Visit(operation.VariableDefinitions);
                Visit(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                VisitDescription(variable.Description);
                Visit(variable.Variable);
                Visit(variable.Type);
                VisitIfPresent(variable.DefaultValue);
                Visit(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                Visit(selectionSet.Selections);
                break;
            case FieldNode field:
                VisitIfPresent(field.Alias);
                Visit(field.Name);
                Visit(field.Arguments);
                Visit(field.Directives);
                VisitIfPresent(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name);
                Visit(spread.Directives);
                break;
            case InlineFragmentNode inline:
                VisitIfPresent(inline.TypeCondition);
                Visit(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                VisitDescription(fragment.Description);
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                Visit(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case VariableNode variableRef:
                Visit(variableRef.Name);
                break;
            case ListValueNode list:
                Visit(list.Values);
                break;
            case ObjectValueNode obj:
                Visit(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Name);
                Visit(objectField.Value);
                break;
            case DirectiveNode directive:
                Visit(directive.Name);
                Visit(directive.Arguments);
                break;
            case NamedTypeNode namedType:
                Visit(namedType.Name);
                break;
            case ListTypeNode listType:
                Visit(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type);
                break;
            case NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode:
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitDescription(schema.Description);
                Visit(schema.Directives);
                Visit(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitDescription(scalar.Description);
                Visit(scalar.Name);
                Visit(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode obj:
                VisitDescription(obj.Description);
                Visit(obj.Name);
                Visit(obj.Interfaces);
                Visit(obj.Directives);
                Visit(obj.Fields);
                break;
            case InterfaceTypeDefinitionNode iface:
                VisitDescription(iface.Description);
                Visit(iface.Name);
                Visit(iface.Interfaces);
                Visit(iface.Directives);
                Visit(iface.Fields);
                break;
            case UnionTypeDefinitionNode union:
                VisitDescription(union.Description);
                Visit(union.Name);
                Visit(union.Directives);
                Visit(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitDescription(enumType.Description);
                Visit(enumType.Name);
                Visit(enumType.Directives);
                Visit(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                VisitDescription(input.Description);
                Visit(input.Name);
                Visit(input.Directives);
                Visit(input.Fields);
                break;
            case FieldDefinitionNode field:
                VisitDescription(field.Description);
                Visit(field.Name);
                Visit(field.Arguments);
                Visit(field.Type);
                Visit(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                VisitDescription(inputValue.Description);
                Visit(inputValue.Name);
                Visit(inputValue.Type);
                VisitIfPresent(inputValue.DefaultValue);
                Visit(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                VisitDescription(enumValue.Description);
                Visit(enumValue.Name);
                Visit(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                VisitDescription(directive.Description);
                Visit(directive.Name);
                Visit(directive.Arguments);
                Visit(directive.Directives);
                Visit(directive.Locations);
                break;
            case SchemaExtensionNode schemaExtension:
                Visit(schemaExtension.Directives);
                Visit(schemaExtension.OperationTypes);
                break;
            case ObjectTypeExtensionNode objExtension:
                Visit(objExtension.Name);
                Visit(objExtension.Interfaces);
                Visit(objExtension.Directives);
                Visit(objExtension.Fields);
                break;
            case InterfaceTypeExtensionNode ifaceExtension:
                Visit(ifaceExtension.Name);
                Visit(ifaceExtension.Interfaces);
                Visit(ifaceExtension.Directives);
                Visit(ifaceExtension.Fields);
                break;
            case UnionTypeExtensionNode unionExtension:
                Visit(unionExtension.Name);
                Visit(unionExtension.Directives);
                Visit(unionExtension.Types);
                break;
            case EnumTypeExtensionNode enumExtension:
                Visit(enumExtension.Name);
                Visit(enumExtension.Directives);
                Visit(enumExtension.Values);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                Visit(inputExtension.Name);
                Visit(inputExtension.Directives);
                Visit(inputExtension.Fields);
                break;
            case TypeExtensionNode extension:
                Visit(extension.Name);
                Visit(extension.Directives);
                break;
            case DirectiveExtensionNode directiveExtension:
                Visit(directiveExtension.Name);
                Visit(directiveExtension.Directives);
                break;
        }
    }
}
