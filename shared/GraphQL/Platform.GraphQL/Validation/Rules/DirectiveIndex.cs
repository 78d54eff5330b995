using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>What the directive rules need to know of one directive, from the schema or a definition in the document.</summary>
internal sealed class DirectiveFacts
{
    public required HashSet<string> Locations { get; init; }

    public required List<string> ArgumentNames { get; init; }

    /// <summary>Non-null arguments without a default, with their type as graphql-js prints it.</summary>
    public required List<(string Name, string Type)> RequiredArguments { get; init; }

    public required bool IsRepeatable { get; init; }
}

/// <summary>
/// The directives known while validating a document: the schema's (or the specified ones without a schema),
/// overridden by directive definitions in the document. The schema's part is built once per schema.
/// </summary>
internal sealed class DirectiveIndex
{
    private static readonly ConditionalWeakTable<Schema, DirectiveIndex> BySchema = new();
    private static readonly Lazy<DirectiveIndex> Specified = new(() => new DirectiveIndex(SpecifiedDirectives.All));

    private readonly Dictionary<string, DirectiveFacts> _byName;

    private DirectiveIndex(IEnumerable<DirectiveDefinition> directives)
    {
        _byName = new Dictionary<string, DirectiveFacts>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _byName[directive.Name] = FromSchema(directive);
        }
    }

    private DirectiveIndex(Dictionary<string, DirectiveFacts> byName) => _byName = byName;

    public DirectiveFacts? Find(string name) => _byName.GetValueOrDefault(name);

    public static DirectiveIndex For(ValidationContextBase context)
    {
        var schema = context.SchemaOrNull;
        var index = schema is null ? Specified.Value : BySchema.GetValue(schema, s => new DirectiveIndex(s.Directives));
        Dictionary<string, DirectiveFacts>? withDocument = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                withDocument ??= new Dictionary<string, DirectiveFacts>(index._byName, StringComparer.Ordinal);
                withDocument[directive.Name.Value] = FromDocument(directive);
            }
        }

        return withDocument is null ? index : new DirectiveIndex(withDocument);
    }

    private static DirectiveFacts FromSchema(DirectiveDefinition directive)
    {
        var locations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var location in directive.Locations)
        {
            locations.Add(location.ToString());
        }

        var required = new List<(string Name, string Type)>();
        foreach (var argument in directive.Arguments.Values)
        {
            if (argument.IsRequired)
            {
                required.Add((argument.Name, argument.Type.ToString()));
            }
        }

        return new DirectiveFacts
        {
            Locations = locations,
            ArgumentNames = [.. directive.Arguments.Keys],
            RequiredArguments = required,
            IsRepeatable = directive.IsRepeatable,
        };
    }

    private static DirectiveFacts FromDocument(DirectiveDefinitionNode directive)
    {
        var locations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var location in directive.Locations)
        {
            locations.Add(location.Value);
        }

        var names = new List<string>(directive.Arguments.Count);
        var required = new List<(string Name, string Type)>();
        foreach (var argument in directive.Arguments)
        {
            names.Add(argument.Name.Value);
            if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
            {
                required.Add((argument.Name.Value, SchemaCoordinates.PrintType(argument.Type)));
            }
        }

        return new DirectiveFacts
        {
            Locations = locations,
            ArgumentNames = names,
            RequiredArguments = required,
            IsRepeatable = directive.Repeatable,
        };
    }
}
