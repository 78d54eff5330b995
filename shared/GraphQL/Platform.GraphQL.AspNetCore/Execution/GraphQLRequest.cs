namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>The parameters of one GraphQL-over-HTTP request (from a POST body or a GET query string).</summary>
internal sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
