using Platform.GraphQL.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore.Tests;

public sealed class ResponseFormatTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json", "Json")]
    [InlineData("text/event-stream", "EventStream")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("*/*, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json;q=0.2, application/graphql-response+json;q=0.8", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0, application/json", "Json")]
    [InlineData("text/html", "None")]
    [InlineData("application/json; charset=iso-8859-1", "None")]
    public void Negotiates_the_accept_header(string? accept, string expected) =>
        Assert.Equal(expected, ResponseFormats.Negotiate(accept is null ? null : [accept]).ToString());
}
