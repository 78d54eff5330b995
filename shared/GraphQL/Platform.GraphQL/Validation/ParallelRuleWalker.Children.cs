using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation;

internal sealed partial class ParallelRuleWalker
{
    // The children of each kind of node in graphql-js's key order, read straight from the typed properties so the
    // walk allocates nothing per node.
    private void VisitChildren(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
            {
                var document = (DocumentNode)node;
                Visit(document.Definitions);
                break;
            }
            case SyntaxKind.OperationDefinition:
            {
                var operation = (OperationDefinitionNode)node;
                VisitDescription(operation.Description);
                VisitIfPresent(operation.Name);
                Visit(operation.VariableDefinitions);
                Visit(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            }
            case SyntaxKind.VariableDefinition:
            {
                var variable = (VariableDefinitionNode)node;
                VisitDescription(variable.Description);
                Visit(variable.Variable);
                Visit(variable.Type);
                VisitIfPresent(variable.DefaultValue);
                Visit(variable.Directives);
                break;
            }
            case SyntaxKind.SelectionSet:
            {
                var selectionSet = (SelectionSetNode)node;
                Visit(selectionSet.Selections);
                break;
            }
            case SyntaxKind.Field:
            {
                var field = (FieldNode)node;
                VisitIfPresent(field.Alias);
                Visit(field.Name);
                Visit(field.Arguments);
                Visit(field.Directives);
                VisitIfPresent(field.SelectionSet);
                break;
            }
            case SyntaxKind.Argument:
            {
                var argument = (ArgumentNode)node;
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            }
            case SyntaxKind.FragmentSpread:
            {
                var spread = (FragmentSpreadNode)node;
                Visit(spread.Name);
                Visit(spread.Directives);
                break;
            }
            case SyntaxKind.InlineFragment:
            {
                var inline = (InlineFragmentNode)node;
                VisitIfPresent(inline.TypeCondition);
                Visit(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            }
            case SyntaxKind.FragmentDefinition:
            {
                var fragment = (FragmentDefinitionNode)node;
                VisitDescription(fragment.Description);
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                Visit(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            }
            case SyntaxKind.Variable:
            {
                var variableRef = (VariableNode)node;
                Visit(variableRef.Name);
                break;
            }
            case SyntaxKind.ListValue:
            {
                var list = (ListValueNode)node;
                Visit(list.Values);
                break;
            }
            case SyntaxKind.ObjectValue:
            {
                var obj = (ObjectValueNode)node;
                Visit(obj.Fields);
                break;
            }
            case SyntaxKind.ObjectField:
            {
                var objectField = (ObjectFieldNode)node;
                Visit(objectField.Name);
                Visit(objectField.Value);
                break;
            }
            case SyntaxKind.Directive:
            {
                var directive = (DirectiveNode)node;
                Visit(directive.Name);
                Visit(directive.Arguments);
                break;
            }
            case SyntaxKind.NamedType:
            {
                var namedType = (NamedTypeNode)node;
                Visit(namedType.Name);
                break;
            }
            case SyntaxKind.ListType:
            {
                var listType = (ListTypeNode)node;
                Visit(listType.Type);
                break;
            }
            case SyntaxKind.NonNullType:
            {
                var nonNullType = (NonNullTypeNode)node;
                Visit(nonNullType.Type);
                break;
            }
            case SyntaxKind.Name or SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue
                or SyntaxKind.BooleanValue or SyntaxKind.NullValue or SyntaxKind.EnumValue:
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }
}
