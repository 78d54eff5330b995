using System.Net;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>GET requests: parameters from the query string; mutations refused with 405.</summary>
public sealed class GetRequestTests : IAsyncLifetime
{
    private TestServerHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_query_runs_over_get_with_url_encoded_json_variables()
    {
        var query = Uri.EscapeDataString("query Q($n: String!) { greet(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Grace"}""");

        using var response = await _host.GetAsync($"query={query}&variables={variables}&operationName=Q", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Grace!", (await JsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData("application/json")]
    [InlineData("text/event-stream")]
    public async Task A_mutation_over_get_answers_405_allowing_post(string accept)
    {
        using var response = await _host.GetAsync("query=" + Uri.EscapeDataString("mutation { setHello(value: \"x\") }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", await FirstErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("query=%7Bhello%7D&variables=%5B1%5D")]
    [InlineData("query=%7Bhello%7D&variables=not-json")]
    [InlineData("query=%7Bhello%7D&extensions=%22s%22")]
    public async Task A_missing_query_or_malformed_parameter_answers_400(string queryString)
    {
        using var response = await _host.GetAsync(queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Get_can_be_switched_off()
    {
        await using var host = await StartAsync(graphQL => graphQL.ModifyOptions(o => o.EnableGetRequests = false));

        using var response = await host.GetAsync("query=%7Bhello%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }
}
