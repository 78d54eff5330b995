using System.Globalization;
using System.Text.RegularExpressions;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation;

/// <summary>
/// How a subgraph's SDL names the federation elements: <c>@link(url: "https://specs.apollo.dev/federation/v2.x",
/// as:, import:)</c> makes an imported element keep its name (or its <c>as</c> alias) and gives every other one the
/// namespaced name <c>@federation__key</c> (or <c>@{as}__key</c>). Without a federation link (Federation 1) every
/// element has its plain name.
/// </summary>
internal sealed partial class FederationLink
{
    public const string SpecPrefix = "https://specs.apollo.dev/federation/v";

    private readonly Dictionary<string, string> _imports;

    private FederationLink(Version? version, string prefix, Dictionary<string, string> imports)
    {
        Version = version;
        Namespace = prefix;
        _imports = imports;
    }

    /// <summary>The linked federation version; null for a Federation 1 subgraph (no federation <c>@link</c>).</summary>
    public Version? Version { get; }

    public string Namespace { get; }

    public static FederationLink Federation1 { get; } = new(null, "federation", new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The federation <c>@link</c> of the schema definitions and extensions, if any.</summary>
    /// <exception cref="SchemaException">The link is malformed, repeated, or imports what its version does not have.</exception>
    public static FederationLink Read(DocumentNode document)
    {
        var links = document.Definitions
            .SelectMany(definition => definition switch
            {
                SchemaDefinitionNode schema => schema.Directives,
                SchemaExtensionNode extension => extension.Directives,
                _ => [],
            })
            .Where(directive => directive.Name.Value == "link" && StringArgument(directive, "url") is { } url && url.StartsWith(SpecPrefix, StringComparison.Ordinal))
            .ToList();
        return links.Count switch
        {
            0 => Federation1,
            1 => FromDirective(links[0]),
            _ => throw new SchemaException("The schema links the federation spec more than once; a subgraph links one federation version."),
        };
    }

    /// <summary>The name this subgraph uses for a federation directive (<c>"key"</c>) or type (<c>"FieldSet"</c>).</summary>
    public string LocalName(string element, bool isDirective)
    {
        var key = isDirective ? "@" + element : element;
        if (Version is null)
        {
            return element;
        }

        if (_imports.TryGetValue(key, out var alias))
        {
            return isDirective ? alias[1..] : alias;
        }

        return $"{Namespace}__{element}";
    }

    public string Directive(string element) => LocalName(element, isDirective: true);

    public string Type(string element) => LocalName(element, isDirective: false);

    private static FederationLink FromDirective(DirectiveNode link)
    {
        var url = StringArgument(link, "url")!;
        var match = VersionPattern().Match(url[SpecPrefix.Length..]);
        if (!match.Success)
        {
            throw new SchemaException($"The federation link \"{url}\" has no version of the form v2.x.");
        }

        var version = new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        var prefix = StringArgument(link, "as") ?? "federation";
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        var importList = link.Arguments.FirstOrDefault(argument => argument.Name.Value == "import")?.Value;
        foreach (var item in importList is ListValueNode list ? list.Values : importList is null ? [] : [importList])
        {
            var (name, alias) = ImportOf(item, url);
            if (!FederationElements.Exists(name, version))
            {
                throw new SchemaException($"The federation link \"{url}\" imports \"{name}\", which federation v{version.Major}.{version.Minor} does not define.");
            }

            imports[name] = alias;
        }

        return new FederationLink(version, prefix, imports);
    }

    private static (string Name, string Alias) ImportOf(ValueNode item, string url)
    {
        switch (item)
        {
            case StringValueNode text:
                return (text.Value, text.Value);
            case ObjectValueNode rename:
                var name = rename.Fields.FirstOrDefault(field => field.Name.Value == "name")?.Value as StringValueNode;
                var alias = rename.Fields.FirstOrDefault(field => field.Name.Value == "as")?.Value as StringValueNode;
                if (name is null)
                {
                    throw new SchemaException($"An import of the federation link \"{url}\" has no \"name\".");
                }

                if (alias is not null && alias.Value.StartsWith('@') != name.Value.StartsWith('@'))
                {
                    throw new SchemaException($"The federation import \"{name.Value}\" is renamed to \"{alias.Value}\": a directive must be renamed to a directive (\"@…\") and a type to a type.");
                }

                return (name.Value, alias?.Value ?? name.Value);
            default:
                throw new SchemaException($"The federation link \"{url}\" imports something that is neither a name nor {{ name, as }}.");
        }
    }

    private static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == name)?.Value is StringValueNode text ? text.Value : null;

    [GeneratedRegex(@"^(\d+)\.(\d+)$")]
    private static partial Regex VersionPattern();
}
