using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation;

/// <summary>Reads the module's own SDL: the entity types (resolvable <c>@key</c>) and the text <c>_service.sdl</c> returns.</summary>
internal static class SubgraphDocuments
{
    /// <summary>The module's documents parsed and printed as one, federation directives kept, nothing federation adds.</summary>
    public static string PrintSdl(IReadOnlyList<string> documents) => Printer.Print(Parser.Parse(string.Join("\n", documents)));

    /// <summary>Object types with at least one <c>@key</c> not marked <c>resolvable: false</c>, in declaration order.</summary>
    public static IReadOnlyList<string> EntityTypeNames(DocumentNode document)
    {
        var names = new List<string>();
        foreach (var definition in document.Definitions)
        {
            var (name, directives) = definition switch
            {
                ObjectTypeDefinitionNode type => (type.Name.Value, type.Directives),
                ObjectTypeExtensionNode extension => (extension.Name.Value, extension.Directives),
                _ => (null, null),
            };
            if (name is not null && directives is not null && !names.Contains(name) && directives.Any(IsResolvableKey))
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static bool DefinesQueryType(DocumentNode document) =>
        document.Definitions.Any(definition => definition is ObjectTypeDefinitionNode { Name.Value: "Query" });

    private static bool IsResolvableKey(DirectiveNode directive) =>
        directive.Name.Value == "key"
        && !directive.Arguments.Any(argument => argument.Name.Value == "resolvable" && argument.Value is BooleanValueNode { Value: false });
}
