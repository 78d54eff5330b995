using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Provided required arguments on directives: "A directive is only valid if all required (non-null without a
/// default value) arguments have been provided." Directives defined in the document count too.
/// See <see href="https://spec.graphql.org/draft/#sec-Required-Arguments"/>.
/// </summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContextBase _context;
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredArgumentsByDirective = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsOnDirectivesRule(ValidationContextBase context)
    {
        _context = context;
        foreach (var directive in context.SchemaOrNull?.Directives ?? SpecifiedDirectives.All)
        {
            var required = new List<(string Name, string Type)>();
            foreach (var argument in directive.Arguments.Values)
            {
                if (argument.IsRequired)
                {
                    required.Add((argument.Name, argument.Type.ToString()));
                }
            }

            _requiredArgumentsByDirective[directive.Name] = required;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var required = new List<(string Name, string Type)>();
                foreach (var argument in directiveDefinition.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        required.Add((argument.Name.Value, SchemaCoordinates.PrintType(argument.Type)));
                    }
                }

                _requiredArgumentsByDirective[directiveDefinition.Name.Value] = required;
            }
        }
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        var directiveName = directive.Name.Value;
        if (!_requiredArgumentsByDirective.TryGetValue(directiveName, out var required))
        {
            return VisitorAction.Continue;
        }

        foreach (var (name, type) in required)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                _context.ReportError(new GraphQLError(
                    $"Argument \"@{directiveName}({name}:)\" of type \"{type}\" is required, but it was not provided.", [directive]));
            }
        }

        return VisitorAction.Continue;
    }

    internal static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
