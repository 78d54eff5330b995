namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>A request the endpoint refuses before any GraphQL work: answered with the status and the error.</summary>
internal sealed class GraphQLHttpRequestException(int statusCode, GraphQLError error, string? allow = null)
    : Exception(error.Message)
{
    public int StatusCode { get; } = statusCode;

    public GraphQLError Error { get; } = error;

    /// <summary>The <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; } = allow;
}
