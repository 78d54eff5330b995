using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

internal sealed partial class ParallelRuleWalker
{
    // Schema, type and directive definitions and extensions, which executable documents may contain too.
    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SchemaDefinition:
            {
                var schema = (SchemaDefinitionNode)node;
                VisitDescription(schema.Description);
                Visit(schema.Directives);
                Visit(schema.OperationTypes);
                break;
            }
            case SyntaxKind.OperationTypeDefinition:
            {
                var operationType = (OperationTypeDefinitionNode)node;
                Visit(operationType.Type);
                break;
            }
            case SyntaxKind.ScalarTypeDefinition:
            {
                var scalar = (ScalarTypeDefinitionNode)node;
                VisitDescription(scalar.Description);
                Visit(scalar.Name);
                Visit(scalar.Directives);
                break;
            }
            case SyntaxKind.ObjectTypeDefinition:
            {
                var obj = (ObjectTypeDefinitionNode)node;
                VisitDescription(obj.Description);
                Visit(obj.Name);
                Visit(obj.Interfaces);
                Visit(obj.Directives);
                Visit(obj.Fields);
                break;
            }
            case SyntaxKind.InterfaceTypeDefinition:
            {
                var iface = (InterfaceTypeDefinitionNode)node;
                VisitDescription(iface.Description);
                Visit(iface.Name);
                Visit(iface.Interfaces);
                Visit(iface.Directives);
                Visit(iface.Fields);
                break;
            }
            case SyntaxKind.UnionTypeDefinition:
            {
                var union = (UnionTypeDefinitionNode)node;
                VisitDescription(union.Description);
                Visit(union.Name);
                Visit(union.Directives);
                Visit(union.Types);
                break;
            }
            case SyntaxKind.EnumTypeDefinition:
            {
                var enumType = (EnumTypeDefinitionNode)node;
                VisitDescription(enumType.Description);
                Visit(enumType.Name);
                Visit(enumType.Directives);
                Visit(enumType.Values);
                break;
            }
            case SyntaxKind.InputObjectTypeDefinition:
            {
                var input = (InputObjectTypeDefinitionNode)node;
                VisitDescription(input.Description);
                Visit(input.Name);
                Visit(input.Directives);
                Visit(input.Fields);
                break;
            }
            case SyntaxKind.FieldDefinition:
            {
                var field = (FieldDefinitionNode)node;
                VisitDescription(field.Description);
                Visit(field.Name);
                Visit(field.Arguments);
                Visit(field.Type);
                Visit(field.Directives);
                break;
            }
            case SyntaxKind.InputValueDefinition:
            {
                var inputValue = (InputValueDefinitionNode)node;
                VisitDescription(inputValue.Description);
                Visit(inputValue.Name);
                Visit(inputValue.Type);
                VisitIfPresent(inputValue.DefaultValue);
                Visit(inputValue.Directives);
                break;
            }
            case SyntaxKind.EnumValueDefinition:
            {
                var enumValue = (EnumValueDefinitionNode)node;
                VisitDescription(enumValue.Description);
                Visit(enumValue.Name);
                Visit(enumValue.Directives);
                break;
            }
            case SyntaxKind.DirectiveDefinition:
            {
                var directive = (DirectiveDefinitionNode)node;
                VisitDescription(directive.Description);
                Visit(directive.Name);
                Visit(directive.Arguments);
                Visit(directive.Directives);
                Visit(directive.Locations);
                break;
            }
            case SyntaxKind.SchemaExtension:
            {
                var schemaExtension = (SchemaExtensionNode)node;
                Visit(schemaExtension.Directives);
                Visit(schemaExtension.OperationTypes);
                break;
            }
            case SyntaxKind.ObjectTypeExtension:
            {
                var objExtension = (ObjectTypeExtensionNode)node;
                Visit(objExtension.Name);
                Visit(objExtension.Interfaces);
                Visit(objExtension.Directives);
                Visit(objExtension.Fields);
                break;
            }
            case SyntaxKind.InterfaceTypeExtension:
            {
                var ifaceExtension = (InterfaceTypeExtensionNode)node;
                Visit(ifaceExtension.Name);
                Visit(ifaceExtension.Interfaces);
                Visit(ifaceExtension.Directives);
                Visit(ifaceExtension.Fields);
                break;
            }
            case SyntaxKind.UnionTypeExtension:
            {
                var unionExtension = (UnionTypeExtensionNode)node;
                Visit(unionExtension.Name);
                Visit(unionExtension.Directives);
                Visit(unionExtension.Types);
                break;
            }
            case SyntaxKind.EnumTypeExtension:
            {
                var enumExtension = (EnumTypeExtensionNode)node;
                Visit(enumExtension.Name);
                Visit(enumExtension.Directives);
                Visit(enumExtension.Values);
                break;
            }
            case SyntaxKind.InputObjectTypeExtension:
            {
                var inputExtension = (InputObjectTypeExtensionNode)node;
                Visit(inputExtension.Name);
                Visit(inputExtension.Directives);
                Visit(inputExtension.Fields);
                break;
            }
            case SyntaxKind.ScalarTypeExtension:
            {
                var extension = (TypeExtensionNode)node;
                Visit(extension.Name);
                Visit(extension.Directives);
                break;
            }
            case SyntaxKind.DirectiveExtension:
            {
                var directiveExtension = (DirectiveExtensionNode)node;
                Visit(directiveExtension.Name);
                Visit(directiveExtension.Directives);
                break;
            }
        }
    }
}
