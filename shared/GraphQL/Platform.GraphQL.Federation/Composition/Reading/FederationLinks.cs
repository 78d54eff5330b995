using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>
/// How one subgraph names the federation directives: from its <c>@link(url: ".../federation/v2.x", as:, import:)</c>
/// (imported names, renames such as <c>{name: "@key", as: "@primaryKey"}</c>, and <c>@federation__key</c>-style
/// namespaced names), or, without such a link, the plain federation-v1 names.
/// </summary>
internal sealed class FederationLinks
{
    /// <summary>The federation directives composition understands, by canonical name.</summary>
    public static readonly IReadOnlySet<string> CanonicalDirectives = new HashSet<string>(StringComparer.Ordinal)
    {
        "key", "requires", "provides", "external", "shareable", "override", "inaccessible", "tag", "interfaceObject",
        "composeDirective", "extends", "authenticated", "requiresScopes", "policy", "context", "fromContext", "cost", "listSize",
    };

    private static readonly IReadOnlySet<string> PlumbingTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "_Any", "_Service", "_Entity", "FieldSet", "_FieldSet", "link__Import", "link__Purpose", "link__FieldSet", "Import", "Purpose",
    };

    /// <summary>The directives federation v1 SDL knew, usable there without any <c>@link</c>.</summary>
    private static readonly string[] Federation1Directives = ["key", "external", "requires", "provides", "extends", "tag", "inaccessible"];

    private readonly Dictionary<string, string> _localToCanonical = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherSpecDirectives = new(StringComparer.Ordinal);
    private readonly List<string> _otherSpecPrefixes = [];
    private readonly HashSet<string> _linkDirectiveNames = new(StringComparer.Ordinal) { "link" };
    private readonly string _namespacePrefix;

    private FederationLinks(bool isFederation2, string federationNamespace, int minorVersion)
    {
        IsFederation2 = isFederation2;
        MinorVersion = minorVersion;
        _namespacePrefix = federationNamespace + "__";
    }

    public bool IsFederation2 { get; }

    /// <summary>The linked federation <c>v2.x</c> minor version (for v1-style SDL, the latest: it is checked leniently).</summary>
    public int MinorVersion { get; }

    /// <summary>The federation spec url when its version is not one composition knows.</summary>
    public string? UnknownVersionUrl { get; private init; }

    /// <summary>Directives the federation <c>@link</c> imports that the federation spec does not define.</summary>
    public List<string> UnknownImports { get; } = [];

    /// <summary>The canonical federation name of a directive as applied in this subgraph, or null for any other directive.</summary>
    public string? Canonical(string localName) => _localToCanonical.GetValueOrDefault(localName);

    /// <summary>The name this subgraph uses for a federation directive (an import's alias before a namespaced name).</summary>
    public string LocalName(string canonical) =>
        _localToCanonical.Where(pair => pair.Value == canonical).Select(pair => pair.Key)
            .OrderBy(name => name.Contains("__", StringComparison.Ordinal)).FirstOrDefault() ?? canonical;

    public bool IsLinkDirective(string localName) => _linkDirectiveNames.Contains(localName);

    /// <summary>Whether a directive belongs to a spec (other than federation) the subgraph <c>@link</c>s: imported, or namespaced <c>spec__name</c>.</summary>
    public bool IsFromLinkedSpec(string localName) =>
        _otherSpecDirectives.Contains(localName) || _otherSpecPrefixes.Any(prefix => localName.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Types that federation adds to a subgraph (<c>_Any</c>, <c>_Service</c>, <c>FieldSet</c>, <c>link__*</c>, …).</summary>
    public bool IsPlumbingType(string name) =>
        PlumbingTypes.Contains(name) || name.StartsWith(_namespacePrefix, StringComparison.Ordinal) || name.StartsWith("link__", StringComparison.Ordinal);

    public static FederationLinks Read(DocumentNode document)
    {
        foreach (var directive in SchemaDirectives(document))
        {
            if (directive.Name.Value != "link" || StringArgument(directive, "url") is not { } url || !IsFederationSpec(url))
            {
                continue;
            }

            var minor = FederationVersions.Minor(url);
            var links = new FederationLinks(isFederation2: true, StringArgument(directive, "as") ?? "federation", minor ?? FederationVersions.LatestMinor)
            {
                UnknownVersionUrl = minor is null ? url : null,
            };
            foreach (var canonical in CanonicalDirectives.Where(c => FederationVersions.Defines(links.MinorVersion, c)))
            {
                links._localToCanonical[links._namespacePrefix + canonical] = canonical;
            }

            links.AddImports(directive);
            links.AddLinkSpecAlias(document);
            links.AddOtherSpecs(document);
            return links;
        }

        var v1 = new FederationLinks(isFederation2: false, "federation", FederationVersions.LatestMinor);
        foreach (var name in Federation1Directives)
        {
            v1._localToCanonical[name] = name;
        }

        return v1;
    }

    public static IEnumerable<DirectiveNode> SchemaDirectives(DocumentNode document) =>
        document.Definitions.SelectMany(definition => definition switch
        {
            SchemaDefinitionNode schema => schema.Directives,
            SchemaExtensionNode extension => extension.Directives,
            _ => [],
        });

    public static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == name)?.Value is StringValueNode value ? value.Value : null;

    private static bool IsFederationSpec(string url) =>
        url.Contains("specs.apollo.dev/federation/", StringComparison.Ordinal);

    private void AddImports(DirectiveNode link)
    {
        if (link.Arguments.FirstOrDefault(argument => argument.Name.Value == "import")?.Value is not ListValueNode imports)
        {
            return;
        }

        foreach (var import in imports.Values)
        {
            var (name, alias) = import switch
            {
                StringValueNode text => (text.Value, text.Value),
                ObjectValueNode renamed => (ObjectString(renamed, "name"), ObjectString(renamed, "as") ?? ObjectString(renamed, "name")),
                _ => (null, null),
            };
            if (name is not null && alias is not null && name.StartsWith('@') && CanonicalDirectives.Contains(name[1..])
                && FederationVersions.Defines(MinorVersion, name[1..]))
            {
                _localToCanonical[alias.TrimStart('@')] = name[1..];
            }
            else if (name is not null && name.StartsWith('@'))
            {
                UnknownImports.Add(name);
            }
        }
    }

    private void AddLinkSpecAlias(DocumentNode document)
    {
        foreach (var directive in SchemaDirectives(document))
        {
            if (StringArgument(directive, "url") is { } url && url.Contains("specs.apollo.dev/link/", StringComparison.Ordinal)
                && StringArgument(directive, "as") is { } alias)
            {
                _linkDirectiveNames.Add(alias);
            }
        }
    }

    private void AddOtherSpecs(DocumentNode document)
    {
        foreach (var directive in SchemaDirectives(document))
        {
            if (directive.Name.Value != "link" || StringArgument(directive, "url") is not { } url
                || IsFederationSpec(url) || url.Contains("specs.apollo.dev/link/", StringComparison.Ordinal))
            {
                continue;
            }

            var segments = url.TrimEnd('/').Split('/');
            var specName = StringArgument(directive, "as") ?? (segments.Length >= 2 ? segments[^2] : url);
            _otherSpecPrefixes.Add(specName + "__");
            if (directive.Arguments.FirstOrDefault(a => a.Name.Value == "import")?.Value is ListValueNode imports)
            {
                foreach (var import in imports.Values)
                {
                    var alias = import switch
                    {
                        StringValueNode text => text.Value,
                        ObjectValueNode renamed => ObjectString(renamed, "as") ?? ObjectString(renamed, "name"),
                        _ => null,
                    };
                    if (alias is not null && alias.StartsWith('@'))
                    {
                        _otherSpecDirectives.Add(alias[1..]);
                    }
                }
            }
        }
    }

    private static string? ObjectString(ObjectValueNode value, string field) =>
        value.Fields.FirstOrDefault(f => f.Name.Value == field)?.Value is StringValueNode text ? text.Value : null;
}
