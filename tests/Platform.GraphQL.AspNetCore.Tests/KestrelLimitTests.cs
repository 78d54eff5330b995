using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>On a real Kestrel (127.0.0.1): the server's own body limit also answers a GraphQL error, not a 500.</summary>
public sealed class KestrelLimitTests
{
    [Fact]
    public async Task Kestrels_body_limit_answers_413_with_a_graphql_error()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1_000);
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().AddDocumentFromString("type Query { hello: String }");
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = KestrelAddress.Of(app);
        using var client = new HttpClient();
        var body = $$"""{"query":"{ hello {{new string(' ', 5_000)}}"}""";

        using var response = await client.PostAsync(address + "/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", await TestServerHost.FirstErrorCodeAsync(response));
    }
}
