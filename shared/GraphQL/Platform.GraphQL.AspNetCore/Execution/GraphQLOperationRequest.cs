using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore;

/// <summary>One operation the endpoint received: the request's parameters and how the server wants it run.</summary>
public sealed class GraphQLOperationRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values as the client sent them (JSON-shaped).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The server's validation rules, limits, parser limits, tracing choice, request services and user.</summary>
    public required RequestOptions Options { get; init; }

    public object? RootValue { get; init; }

    /// <summary>The HTTP exchange the operation came in (null outside a request).</summary>
    public HttpContext? HttpContext { get; init; }
}
