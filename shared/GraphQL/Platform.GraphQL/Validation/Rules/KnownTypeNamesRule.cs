using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known type names: "A GraphQL document is only valid if referenced types (specifically variable definitions and
/// fragment conditions) are defined by the type schema."
/// See <see href="https://spec.graphql.org/draft/#sec-Fragment-Spread-Type-Existence"/>.
/// In SDL, types defined in the document count as known, and so do the specified scalars and introspection types.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.NamedType);

    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly ValidationContextBase _context;
    private readonly Schema? _schema;
    private HashSet<string>? _definedTypeNames;

    public KnownTypeNamesRule(ValidationContextBase context)
    {
        _context = context;
        _schema = context.SchemaOrNull;
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var namedType = (NamedTypeNode)node;
        var typeName = namedType.Name.Value;
        if (_schema?.GetType(typeName) is not null || DefinedTypeNames().Contains(typeName))
        {
            return VisitorAction.Continue;
        }

        var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
        var isSdl = definition is TypeSystemDefinitionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return VisitorAction.Continue;
        }

        List<string> suggestions = [];
        if (!_context.HideSuggestions)
        {
            suggestions = Suggestions.SuggestionList(typeName, KnownTypeNames(isSdl));
        }

        _context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), [namedType]));
        return VisitorAction.Continue;
    }

    private HashSet<string> DefinedTypeNames()
    {
        if (_definedTypeNames is null)
        {
            _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in _context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode typeDefinition)
                {
                    _definedTypeNames.Add(typeDefinition.Name.Value);
                }
            }
        }

        return _definedTypeNames;
    }

    private List<string> KnownTypeNames(bool includeStandardTypes)
    {
        var names = new List<string>();
        if (includeStandardTypes)
        {
            names.AddRange(StandardTypeNames);
        }

        if (_schema is not null)
        {
            names.AddRange(_schema.TypeMap.Keys);
        }

        names.AddRange(DefinedTypeNames());
        return names;
    }
}
