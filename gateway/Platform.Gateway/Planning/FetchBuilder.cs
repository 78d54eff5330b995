using System.Text;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>A fetch while the planner builds it: its subgraph, selections, inputs and the fetches it waits for.</summary>
internal sealed class FetchBuilder(int id, string subgraph, string? entityType)
{
    public int Id { get; } = id;

    public string Subgraph { get; } = subgraph;

    public string? EntityType { get; } = entityType;

    /// <summary>The root selection set, or what goes inside <c>... on EntityType</c>.</summary>
    public SelectionTree Selection { get; } = new();

    public List<IReadOnlyList<PathSegment>> Paths { get; } = [];

    /// <summary>The object types whose entities the fetch is for (more than the entity type when that is an interface object).</summary>
    public HashSet<string> AcceptedTypes { get; } = new(StringComparer.Ordinal);

    public List<RepresentationField> Representation { get; } = [];

    public HashSet<FetchBuilder> DependsOn { get; } = [];

    /// <summary>The fetch turns interface-typed objects into their object types (its <c>__typename</c> wins).</summary>
    public bool ResolvesType { get; set; }

    public int Stage { get; set; }

    public void AddRepresentation(IEnumerable<RepresentationField> fields)
    {
        foreach (var field in fields)
        {
            AddTo(Representation, field);
        }
    }

    public string RepresentationSignature()
    {
        var text = new StringBuilder();
        AppendSignature(text, Representation);
        return text.ToString();
    }

    public FetchNode Build(OperationDefinitionNode operation)
    {
        var variables = new HashSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var representationsVariable = "representations";
        if (EntityType is null)
        {
            Selection.Print(body, variables);
        }
        else
        {
            var clientVariables = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            while (clientVariables.Contains(representationsVariable))
            {
                representationsVariable += "_";
            }

            body.Append("{ _entities(representations: $").Append(representationsVariable).Append(") { ... on ").Append(EntityType).Append(' ');
            Selection.Print(body, variables);
            body.Append(" } }");
        }

        var used = operation.VariableDefinitions.Where(v => variables.Contains(v.Variable.Name.Value)).ToList();
        var document = new StringBuilder(EntityType is not null ? "query" : operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        if (used.Count > 0 || EntityType is not null)
        {
            document.Append('(');
            var parts = used.Select(v => Printer.Print(v)).ToList();
            if (EntityType is not null)
            {
                parts.Insert(0, "$" + representationsVariable + ": [_Any!]!");
            }

            document.Append(string.Join(", ", parts)).Append(')');
        }

        document.Append(' ').Append(body);
        return new FetchNode
        {
            Id = Id,
            Subgraph = Subgraph,
            Stage = Stage,
            Document = document.ToString(),
            VariableNames = used.Select(v => v.Variable.Name.Value).ToList(),
            ResponseKeys = Selection.TopLevelResponseKeys().Distinct().ToList(),
            EntityType = EntityType,
            AcceptedTypes = AcceptedTypes.Order(StringComparer.Ordinal).ToList(),
            ResolvesType = ResolvesType,
            Paths = Paths,
            Representation = Representation,
            RepresentationsVariable = representationsVariable,
            Conditions = FetchConditions.For(Selection.TopLevelConditions(), operation),
        };
    }

    private static void AddTo(List<RepresentationField> fields, RepresentationField field)
    {
        var index = fields.FindIndex(f => f.Name == field.Name);
        if (index < 0)
        {
            fields.Add(field);
            return;
        }

        var existing = fields[index];
        if (field.Children.Count == 0)
        {
            return;
        }

        var children = existing.Children.ToList();
        foreach (var child in field.Children)
        {
            AddTo(children, child);
        }

        fields[index] = existing with { Children = children };
    }

    private static void AppendSignature(StringBuilder text, IReadOnlyList<RepresentationField> fields)
    {
        foreach (var field in fields)
        {
            text.Append(field.Name).Append(':').Append(field.ResponseKey);
            if (field.Children.Count > 0)
            {
                text.Append('{');
                AppendSignature(text, field.Children);
                text.Append('}');
            }

            text.Append(' ');
        }
    }
}
