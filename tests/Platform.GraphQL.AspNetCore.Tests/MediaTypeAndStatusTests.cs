using System.Net;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The GraphQL-over-HTTP spec's media types and status codes for well-formed requests.</summary>
public sealed class MediaTypeAndStatusTests : IAsyncLifetime
{
    private TestServerHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    public async Task The_accept_header_chooses_the_response_media_type(string? accept, string expected)
    {
        using var response = await _host.PostQueryAsync("{ hello }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("world", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, image/png")]
    [InlineData("application/json; charset=latin1")]
    public async Task An_accept_header_without_a_served_media_type_answers_406(string accept)
    {
        using var response = await _host.PostQueryAsync("{ hello }", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    public async Task Parse_and_validation_errors_answer_400_without_data_under_graphql_response_json(string query)
    {
        using var response = await _host.PostQueryAsync(query, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    public async Task Parse_and_validation_errors_answer_200_under_application_json(string query)
    {
        using var response = await _host.PostQueryAsync(query, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await JsonAsync(response)).TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Variable_coercion_errors_are_request_errors(string accept, HttpStatusCode expected)
    {
        using var response = await _host.PostQueryAsync(
            "query($name: String!) { greet(name: $name) }", accept, new Dictionary<string, object?> { ["name"] = null });

        Assert.Equal(expected, response.StatusCode);
        Assert.False((await JsonAsync(response)).TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_field_error_with_data_answers_200_under_graphql_response_json()
    {
        using var response = await _host.PostQueryAsync("{ hello refuse }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_read_from_the_body()
    {
        using var response = await _host.PostAsync(
            """{"query":"query A { hello } query B($n: String!) { greet(name: $n) }","operationName":"B","variables":{"n":"Ada"},"extensions":{"x":1}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Ada!", (await JsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    [Fact]
    public async Task Mutations_run_over_post()
    {
        using var response = await _host.PostQueryAsync("mutation { setHello(value: \"hi\") }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi", (await JsonAsync(response)).GetProperty("data").GetProperty("setHello").GetString());
    }

    [Fact]
    public async Task A_subscription_without_an_event_stream_accept_is_a_request_error()
    {
        using var response = await _host.PostQueryAsync("subscription { counter(to: 2) }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_REQUIRES_STREAM", await FirstErrorCodeAsync(response));
    }
}
