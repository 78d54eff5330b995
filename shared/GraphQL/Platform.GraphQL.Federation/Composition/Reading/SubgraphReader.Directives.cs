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
            var canonical = context.Links.Canonical(directive.Name.Value);
            RecordFederationDirective(type.FederationDirectives, directive, canonical);
            switch (canonical)
            {
                case "key" when FieldSetArgument(context, $"type \"{type.Name}\"", directive, canonical, CompositionCodes.KeyInvalidFieldsType) is { } fields:
                    type.Keys.Add(new KeyDeclaration(
                        fields,
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

    private static void ReadFieldDirectives(ReadContext context, string parentName, SubgraphField field, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var canonical = context.Links.Canonical(directive.Name.Value);
            RecordFederationDirective(field.FederationDirectives, directive, canonical);
            switch (canonical)
            {
                case "external":
                    field.External = true;
                    break;
                case "shareable":
                    field.Shareable = true;
                    break;
                case "override":
                    field.OverrideFrom = FederationLinks.StringArgument(directive, "from");
                    field.OverrideLabel = FederationLinks.StringArgument(directive, "label");
                    if (context.Links.MinorVersion < FederationVersions.OverrideLabelMinor && directive.Arguments.Any(a => a.Name.Value == "label"))
                    {
                        context.Errors.Add(new CompositionError(
                            CompositionCodes.InvalidGraphQL,
                            $"[{context.Schema.Name}] Unknown argument \"label\" on directive \"@{directive.Name.Value}\" "
                            + "(progressive override needs federation v2.7)."));
                    }

                    break;
                case "requires":
                    field.Requires = FieldSetArgument(
                        context, $"field \"{parentName}.{field.Name}\"", directive, canonical, CompositionCodes.RequiresInvalidFieldsType);
                    break;
                case "provides":
                    field.Provides = FieldSetArgument(
                        context, $"field \"{parentName}.{field.Name}\"", directive, canonical, CompositionCodes.ProvidesInvalidFieldsType);
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

    /// <summary>
    /// Reads an argument, input field or enum value's directives: federation only marks it <c>@inaccessible</c> (or tags it).
    /// </summary>
    private static DirectiveNode? ReadMemberDirectives(
        ReadContext context, IReadOnlyList<DirectiveNode> directives, Action markInaccessible, List<DirectiveNode> other, List<DirectiveNode> federation)
    {
        DirectiveNode? deprecated = null;
        foreach (var directive in directives)
        {
            var canonical = context.Links.Canonical(directive.Name.Value);
            RecordFederationDirective(federation, directive, canonical);
            if (canonical == "inaccessible")
            {
                markInaccessible();
            }
            else if (canonical is null && directive.Name.Value == "deprecated")
            {
                deprecated = directive;
            }
            else if (canonical is null)
            {
                other.Add(directive);
            }
        }

        return deprecated;
    }

    private static void RecordFederationDirective(List<DirectiveNode> federation, DirectiveNode directive, string? canonical)
    {
        if (canonical is not null)
        {
            federation.Add(new DirectiveNode(new NameNode(FederationDirectiveDefinitions.Prefix + canonical), directive.Arguments));
        }
    }

    /// <summary>
    /// The <c>fields</c> string of <c>@key</c>/<c>@requires</c>/<c>@provides</c>; null when absent (the GraphQL check reports
    /// the missing argument) or not a string (reported here with <paramref name="code"/>).
    /// </summary>
    private static string? FieldSetArgument(ReadContext context, string target, DirectiveNode directive, string canonical, string code)
    {
        var value = directive.Arguments.FirstOrDefault(a => a.Name.Value == "fields")?.Value;
        if (value is null or StringValueNode)
        {
            return (value as StringValueNode)?.Value;
        }

        context.Errors.Add(new CompositionError(
            code,
            $"[{context.Schema.Name}] On {target}, for @{canonical}(fields: {Printer.Print(value)}): Invalid value for argument \"fields\": must be a string."));
        return null;
    }
}
