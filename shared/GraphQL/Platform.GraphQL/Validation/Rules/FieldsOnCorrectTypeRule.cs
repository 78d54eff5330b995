using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Fields on correct type: "A GraphQL document is only valid if all fields selected are defined by the parent type,
/// or are an allowed meta field such as __typename."
/// See <see href="https://spec.graphql.org/draft/#sec-Field-Selections"/>.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Field);

    private readonly ValidationContext _context;

    public FieldsOnCorrectTypeRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (_context.GetParentType() is not { } type || _context.GetFieldDef() is not null)
        {
            return VisitorAction.Continue;
        }

        var field = (FieldNode)node;
        var fieldName = field.Name.Value;
        var hide = _context.HideSuggestions;
        var suggestion = Suggestions.DidYouMean(
            "to use an inline fragment on", hide ? [] : SuggestedTypeNames(_context.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(hide ? [] : SuggestedFieldNames(type, fieldName));
        }

        _context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, [field]));
        return VisitorAction.Continue;
    }

    // The object types and interfaces below an abstract type that have the field: those used by more possible types
    // first, then interfaces before the types that implement them, then by name.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        var names = new List<string>();
        if (type is not IAbstractType)
        {
            return names;
        }

        var suggestedTypes = new List<NamedType>();
        var usageCount = new Dictionary<NamedType, int>();
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.ContainsKey(fieldName))
            {
                continue;
            }

            if (usageCount.TryAdd(possibleType, 1))
            {
                suggestedTypes.Add(possibleType);
            }
            else
            {
                usageCount[possibleType] = 1;
            }

            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                if (usageCount.TryGetValue(possibleInterface, out var count))
                {
                    usageCount[possibleInterface] = count + 1;
                }
                else
                {
                    usageCount[possibleInterface] = 1;
                    suggestedTypes.Add(possibleInterface);
                }
            }
        }

        Suggestions.SortLikeJavaScript(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDifference = usageCount[typeB] - usageCount[typeA];
            if (usageCountDifference != 0)
            {
                return usageCountDifference;
            }

            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(typeA.Name, typeB.Name);
        });

        foreach (var suggested in suggestedTypes)
        {
            names.Add(suggested.Name);
        }

        return names;
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is IComplexOutputType complex ? Suggestions.SuggestionList(fieldName, complex.Fields.Keys) : [];
}
