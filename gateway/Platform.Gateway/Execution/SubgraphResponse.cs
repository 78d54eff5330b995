using Platform.GraphQL;

namespace Platform.Gateway.Execution;

/// <summary>An error entry of a subgraph's response, as the subgraph sent it.</summary>
public sealed record SubgraphError(string Message, IReadOnlyList<object>? Path, IReadOnlyDictionary<string, object?>? Extensions);

/// <summary>What one subgraph call produced: its <c>data</c> and <c>errors</c>, or the failure that replaced them.</summary>
public sealed class SubgraphResponse
{
    public Dictionary<string, object?>? Data { get; init; }

    public IReadOnlyList<SubgraphError> Errors { get; init; } = [];

    /// <summary>The module was down, too slow, or answered something that is not a GraphQL response.</summary>
    public GraphQLError? Failure { get; init; }

    public static SubgraphResponse Failed(GraphQLError failure) => new() { Failure = failure };
}
