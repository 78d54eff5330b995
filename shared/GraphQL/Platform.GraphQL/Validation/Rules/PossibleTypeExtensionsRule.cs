using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Possible type extensions: "The named type must already be defined and must be" of the kind the extension
/// extends (an Object type for <c>extend type</c>, and so on).
/// See <see href="https://spec.graphql.org/draft/#sec-Object-Extensions.Type-Validation"/>.
/// </summary>
public sealed class PossibleTypeExtensionsRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeExtension,
        SyntaxKind.InputObjectTypeExtension);

    private readonly SdlValidationContext _context;

    // Type definitions of the document by name (the last one of a name), in the order names first appear.
    private readonly OrderedDictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

    public PossibleTypeExtensionsRule(SdlValidationContext context)
    {
        _context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode typeDefinition)
            {
                _definedTypes[typeDefinition.Name.Value] = typeDefinition;
            }
        }
    }

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var extension = (TypeExtensionNode)node;
        var typeName = extension.Name.Value;
        _definedTypes.TryGetValue(typeName, out var definition);
        var expectedKind = definition is not null
            ? ExtensionKindOf(definition.Kind)
            : _context.Schema?.GetType(typeName) is { } existingType ? ExtensionKindOf(existingType) : (SyntaxKind?)null;

        if (expectedKind is null)
        {
            _context.ReportError(new GraphQLError(
                $"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, AllTypeNames())),
                [extension.Name]));
        }
        else if (expectedKind != extension.Kind)
        {
            _context.ReportError(new GraphQLError(
                $"Cannot extend non-{KindName(extension.Kind)} type \"{typeName}\".",
                definition is not null ? [definition, extension] : [extension]));
        }

        return VisitorAction.Continue;
    }

    private IEnumerable<string> AllTypeNames()
    {
        foreach (var name in _definedTypes.Keys)
        {
            yield return name;
        }

        if (_context.Schema is { } schema)
        {
            foreach (var name in schema.TypeMap.Keys)
            {
                yield return name;
            }
        }
    }

    private static SyntaxKind ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static SyntaxKind ExtensionKindOf(NamedType type) => type switch
    {
        ScalarType => SyntaxKind.ScalarTypeExtension,
        ObjectType => SyntaxKind.ObjectTypeExtension,
        InterfaceType => SyntaxKind.InterfaceTypeExtension,
        UnionType => SyntaxKind.UnionTypeExtension,
        EnumType => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static string KindName(SyntaxKind extensionKind) => extensionKind switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
