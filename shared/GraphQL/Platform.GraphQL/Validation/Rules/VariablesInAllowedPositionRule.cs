using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Variables in allowed position: "Variable usages must be compatible with the arguments they are passed to."
/// A nullable variable may stand in a non-null position only when the variable or the position has a default value,
/// and a variable used for a field of a OneOf input object must be non-nullable.
/// See <see href="https://spec.graphql.org/draft/#sec-All-Variable-Usages-are-Allowed"/>.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public VariablesInAllowedPositionRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        _definitions.Clear();
        foreach (var definition in ((OperationDefinitionNode)node).VariableDefinitions)
        {
            _definitions[definition.Variable.Name.Value] = definition;
        }

        return VisitorAction.Continue;
    }

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var schema = _context.Schema;
        foreach (var usage in _context.GetRecursiveVariableUsages((OperationDefinitionNode)node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType
                || !_definitions.TryGetValue(name, out var definition)
                || TypeInfo.TypeFromAst(schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                _context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]));
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                _context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    [definition, usage.Node]));
            }
        }

        return VisitorAction.Continue;
    }

    private static bool IsAllowed(
        Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
