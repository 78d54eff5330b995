using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The graphql-sse package's own client ("distinct connections" mode) against the endpoint on Kestrel.</summary>
public sealed class GraphQLSseClientTests
{
    [Fact]
    public async Task The_graphql_sse_client_receives_every_event_and_the_completion()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { hello: String } type Subscription { greetings: String }")
            .AddSubscriber("Subscription", "greetings", _ => ValueTask.FromResult(GreetingsAsync()));
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();

        var received = await NodeScripts.RunJsonAsync("sse-client.mjs", KestrelAddress.Of(app) + "/graphql", "subscription { greetings }");

        Assert.False(received.TryGetProperty("error", out var error), error.ToString());
        Assert.True(received.GetProperty("completed").GetBoolean());
        var greetings = received.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("data").GetProperty("greetings").GetString())
            .ToList();
        Assert.Equal(["Hi", "Bonjour", "Hola"], greetings);
    }

    private static async IAsyncEnumerable<object?> GreetingsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var greeting in new[] { "Hi", "Bonjour", "Hola" })
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { ["greetings"] = greeting };
        }
    }
}
