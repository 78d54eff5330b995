using System.Net;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>Requests refused before any GraphQL work: wrong method, content type, JSON, shape or size.</summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private TestServerHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(graphQL => graphQL.ModifyOptions(o =>
    {
        o.MaxRequestBodyBytes = 2_000;
        o.MaxTokens = 50;
    }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_answer_405_with_allow(string method)
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        Assert.Equal("METHOD_NOT_ALLOWED", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Post_bodies_other_than_utf8_json_answer_415(string? contentType)
    {
        using var response = await _host.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task Malformed_json_answers_400_with_a_graphql_error(string accept)
    {
        using var response = await _host.PostAsync("""{ "not a JSON""", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":{"a":1}}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":[1]}""")]
    [InlineData("\"just a string\"")]
    public async Task A_missing_query_or_parameter_of_the_wrong_type_answers_400(string body)
    {
        using var response = await _host.PostAsync(body, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var padding = new string(' ', 3_000);
        using var response = await _host.PostAsync($$"""{"query":"{ hello {{padding}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_document_over_the_token_limit_is_a_request_error_with_a_code()
    {
        var query = "{ " + string.Join(" ", Enumerable.Repeat("hello", 60)) + " }";

        using var response = await _host.PostQueryAsync(query, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("MAX_TOKENS_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_batch_is_refused_when_batching_is_off()
    {
        using var response = await _host.PostAsync("""[{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCHING_DISABLED", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_batch_answers_an_array_of_results_when_batching_is_on()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.EnableBatching = true));

        using var response = await host.PostAsync("""[{"query":"{ hello }"},{"query":"{ greet(name: \"B\") }"},{"query":"{"}]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await JsonAsync(response);
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("world", results[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, B!", results[1].GetProperty("data").GetProperty("greet").GetString());
        Assert.True(results[2].TryGetProperty("errors", out _));
    }
}
