using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>Reading the federation directives applied to a type or a field, by their canonical names.</summary>
internal static partial class SubgraphReader
{
    /// <summary>What a type-level directive implies for the fields declared in the same definition or extension.</summary>
    private readonly record struct NodeTraits(bool Shareable, bool External);

    private static NodeTraits ReadTypeDirectives(ReadContext context, SubgraphType type, IReadOnlyList<DirectiveNode> directives, bool isExtension)
    {
        var shareable = false;
        var external = false;
        var extends = isExtension;
        foreach (var directive in directives)
        {
            switch (context.Links.Canonical(directive.Name.Value))
            {
                case "key":
                    type.Keys.Add(new KeyDeclaration(
                        FederationLinks.StringArgument(directive, "fields") ?? "",
                        !directive.Arguments.Any(a => a.Name.Value == "resolvable" && a.Value is BooleanValueNode { Value: false })));
                    break;
                case "shareable":
                    shareable = true;
                    break;
                case "external":
                    external = true;
                    break;
                case "extends":
                    extends = true;
                    break;
                case "interfaceObject":
                    type.InterfaceObject = true;
                    break;
                case "inaccessible":
                    type.Inaccessible = true;
                    break;
                case null:
                    type.OtherDirectives.Add(directive);
                    break;
            }
        }

        if (!extends)
        {
            type.IsExtension = false;
        }

        return new NodeTraits(shareable, external);
    }

    private static void ReadFieldDirectives(ReadContext context, SubgraphField field, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            switch (context.Links.Canonical(directive.Name.Value))
            {
                case "external":
                    field.External = true;
                    break;
                case "shareable":
                    field.Shareable = true;
                    break;
                case "override":
                    field.OverrideFrom = FederationLinks.StringArgument(directive, "from");
                    break;
                case "requires":
                    field.Requires = FederationLinks.StringArgument(directive, "fields");
                    break;
                case "provides":
                    field.Provides = FederationLinks.StringArgument(directive, "fields");
                    break;
                case "inaccessible":
                    field.Inaccessible = true;
                    break;
                case null when directive.Name.Value == "deprecated":
                    field.Deprecated = directive;
                    break;
                case null:
                    field.OtherDirectives.Add(directive);
                    break;
            }
        }
    }
}
