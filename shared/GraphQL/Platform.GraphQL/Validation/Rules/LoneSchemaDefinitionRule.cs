using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Lone schema definition: a type-system document is only valid if it contains at most one schema definition, and
/// none when it extends a schema that already has one ("A GraphQL schema is defined in terms of the types and
/// directives it supports as well as the root operation types").
/// See <see href="https://spec.graphql.org/draft/#sec-Schema"/>.
/// </summary>
public sealed class LoneSchemaDefinitionRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.SchemaDefinition);

    private readonly SdlValidationContext _context;
    private readonly bool _alreadyDefined;
    private int _schemaDefinitionCount;

    public LoneSchemaDefinitionRule(SdlValidationContext context)
    {
        _context = context;
        var schema = context.Schema;
        _alreadyDefined = schema is not null
            && (schema.AstNode is not null || schema.QueryType is not null || schema.MutationType is not null || schema.SubscriptionType is not null);
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (_alreadyDefined)
        {
            _context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", [node]));
            return VisitorAction.Continue;
        }

        if (_schemaDefinitionCount > 0)
        {
            _context.ReportError(new GraphQLError("Must provide only one schema definition.", [node]));
        }

        _schemaDefinitionCount++;
        return VisitorAction.Continue;
    }
}
