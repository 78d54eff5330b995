using System.Text;

namespace Platform.GraphQL.Federation;

/// <summary>
/// The directives and scalars of the Apollo Federation v2 spec, each with the version that introduced it, and their
/// definitions written under the names a subgraph's <see cref="FederationLink"/> gives them.
/// </summary>
internal static class FederationElements
{
    private const string AllLocations =
        "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    // {Name} is replaced by a type's local name; @{name} by a directive's.
    private static readonly (string Element, int Minor, string Definition)[] Directives =
    [
        ("key", 0, "directive @{key}(fields: {FieldSet}!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE"),
        ("requires", 0, "directive @{requires}(fields: {FieldSet}!) on FIELD_DEFINITION"),
        ("provides", 0, "directive @{provides}(fields: {FieldSet}!) on FIELD_DEFINITION"),
        ("external", 0, "directive @{external}(reason: String) on OBJECT | FIELD_DEFINITION"),
        ("tag", 0, "directive @{tag}(name: String!) repeatable on " + AllLocations + " | SCHEMA"),
        ("extends", 0, "directive @{extends} on OBJECT | INTERFACE"),
        ("shareable", 0, "directive @{shareable} repeatable on OBJECT | FIELD_DEFINITION"),
        ("inaccessible", 0, "directive @{inaccessible} on " + AllLocations),
        ("override", 0, "directive @{override}(from: String!, label: String) on FIELD_DEFINITION"),
        ("composeDirective", 1, "directive @{composeDirective}(name: String!) repeatable on SCHEMA"),
        ("interfaceObject", 3, "directive @{interfaceObject} on OBJECT"),
        ("authenticated", 5, "directive @{authenticated} on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"),
        ("requiresScopes", 5, "directive @{requiresScopes}(scopes: [[{Scope}!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"),
        ("policy", 6, "directive @{policy}(policies: [[{Policy}!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM"),
        ("context", 8, "directive @{context}(name: String!) repeatable on INTERFACE | OBJECT | UNION"),
        ("fromContext", 8, "directive @{fromContext}(field: {ContextFieldValue}) on ARGUMENT_DEFINITION"),
        ("cost", 9, "directive @{cost}(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR"),
        ("listSize", 9, "directive @{listSize}(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION"),
    ];

    private static readonly (string Element, int Minor)[] Scalars =
        [("FieldSet", 0), ("Scope", 5), ("Policy", 6), ("ContextFieldValue", 8)];

    /// <summary>True when <paramref name="name"/> (<c>"@key"</c>, <c>"FieldSet"</c>) is part of federation <paramref name="version"/>.</summary>
    public static bool Exists(string name, Version version) =>
        name.StartsWith('@')
            ? Directives.Any(d => "@" + d.Element == name && d.Minor <= version.Minor)
            : Scalars.Any(s => s.Element == name && s.Minor <= version.Minor);

    /// <summary>
    /// SDL defining every federation directive and scalar of the link's version under its local name, leaving out the
    /// names the module's own documents already define.
    /// </summary>
    public static string DefinitionsSdl(FederationLink link, ISet<string> definedDirectives, ISet<string> definedTypes)
    {
        var minor = link.Version?.Minor ?? int.MaxValue;
        var text = new StringBuilder();
        foreach (var (element, since) in Scalars)
        {
            var name = link.Type(element);
            if (since <= minor && !definedTypes.Contains(name))
            {
                text.Append("scalar ").Append(name).Append('\n');
            }
        }

        if (link.Version is null && !definedTypes.Contains("_FieldSet"))
        {
            text.Append("scalar _FieldSet\n");
        }

        foreach (var (element, since, definition) in Directives)
        {
            if (since <= minor && !definedDirectives.Contains(link.Directive(element)))
            {
                text.Append(Localize(definition, link)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The <c>@link</c> spec's own definitions, which every Federation 2 subgraph may use.</summary>
    public static string LinkSdl(ISet<string> definedDirectives, ISet<string> definedTypes)
    {
        var text = new StringBuilder();
        if (!definedDirectives.Contains("link"))
        {
            text.Append("directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA\n");
        }

        if (!definedTypes.Contains("link__Import"))
        {
            text.Append("scalar link__Import\n");
        }

        if (!definedTypes.Contains("link__Purpose"))
        {
            text.Append("enum link__Purpose { SECURITY EXECUTION }\n");
        }

        return text.ToString();
    }

    private static string Localize(string definition, FederationLink link)
    {
        var text = new StringBuilder(definition.Length + 16);
        for (var i = 0; i < definition.Length; i++)
        {
            if (definition[i] != '{')
            {
                text.Append(definition[i]);
                continue;
            }

            var end = definition.IndexOf('}', i);
            var element = definition[(i + 1)..end];
            var isDirective = i > 0 && definition[i - 1] == '@';
            text.Append(link.LocalName(element, isDirective));
            i = end;
        }

        return text.ToString();
    }
}
