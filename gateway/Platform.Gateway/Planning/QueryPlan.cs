using Platform.GraphQL;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// How one operation is answered: subgraph fetches in stages. Stage 0 holds the root fetches (run in parallel for a
/// query, one after another for a mutation); each later stage holds <c>_entities</c> fetches whose inputs (keys and
/// required fields) earlier stages produced, run in parallel.
/// </summary>
public sealed class QueryPlan
{
    public required OperationType Operation { get; init; }

    /// <summary>Fetches ordered by stage (root fetches of a mutation in the order of their fields).</summary>
    public required IReadOnlyList<FetchNode> Fetches { get; init; }

    public int StageCount => Fetches.Count == 0 ? 0 : Fetches.Max(f => f.Stage) + 1;

    /// <summary>Why the operation cannot be planned (then <see cref="Fetches"/> is empty).</summary>
    public GraphQLError? Error { get; init; }
}

/// <summary>One request to one subgraph.</summary>
public sealed class FetchNode
{
    public required int Id { get; init; }

    public required string Subgraph { get; init; }

    public required int Stage { get; init; }

    /// <summary>The subgraph operation (root fields, or <c>_entities(representations:)</c> with <c>... on Type</c>).</summary>
    public required string Document { get; init; }

    /// <summary>The client's variables the document uses (only these are declared and sent).</summary>
    public required IReadOnlyList<string> VariableNames { get; init; }

    /// <summary>Response keys the fetch fills at the root (root fetch) or in each entity (entity fetch).</summary>
    public required IReadOnlyList<string> ResponseKeys { get; init; }

    /// <summary>The entity type of an <c>_entities</c> fetch; null for a root fetch.</summary>
    public string? EntityType { get; init; }

    /// <summary>
    /// The <c>__typename</c> of the objects at <see cref="Paths"/> the fetch is for: the entity type, or the object types
    /// implementing it when it is an interface the module declares with <c>@interfaceObject</c>.
    /// </summary>
    public IReadOnlyList<string> AcceptedTypes { get; init; } = [];

    /// <summary>The entities were returned typed as an interface object; this fetch's <c>__typename</c> replaces theirs.</summary>
    public bool ResolvesType { get; init; }

    /// <summary>Where the entities of an <c>_entities</c> fetch are found in the merged response.</summary>
    public IReadOnlyList<IReadOnlyList<PathSegment>> Paths { get; init; } = [];

    /// <summary>The fields each representation carries besides <c>__typename</c> (keys, then required fields).</summary>
    public IReadOnlyList<RepresentationField> Representation { get; init; } = [];

    /// <summary>The name of the variable the representations are sent in.</summary>
    public string RepresentationsVariable { get; init; } = "representations";

    /// <summary>When the request's variables exclude everything the fetch selects, it is not sent.</summary>
    public FetchConditions Conditions { get; init; } = FetchConditions.Always;

    public bool IsEntityFetch => EntityType is not null;
}

/// <summary>A step of a path in the merged response: a response key, taken only from objects of <see cref="ParentType"/> when set.</summary>
public sealed record PathSegment(string ResponseKey, string? ParentType);

/// <summary>A field of a representation: its name, the response key it is read from, and its own fields (objects).</summary>
public sealed record RepresentationField(string Name, string ResponseKey, IReadOnlyList<RepresentationField> Children);
