using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>An app with the GraphQL endpoint at /graphql on an in-memory test server, and helpers to call it.</summary>
internal sealed class TestServerHost : IAsyncDisposable
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Sdl = """
        type Query {
          hello: String
          greet(name: String!): String
          fail: String
          refuse: String
          wait: String
        }
        type Mutation { setHello(value: String!): String }
        type Subscription { counter(to: Int!): Int }
        """;

    private TestServerHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Signalled when the <c>wait</c> resolver starts waiting.</summary>
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Signalled when the <c>wait</c> resolver sees its cancellation token fire.</summary>
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<TestServerHost> StartAsync(
        Action<GraphQLServerBuilder>? configure = null, string environment = "Production", Action<WebApplication>? beforeMap = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var graphQL = builder.Services.AddGraphQLServer().AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", _ => "world")
            .AddResolver("Query", "greet", context => $"Hello, {context.Arguments["name"]}!")
            .AddResolver("Query", "fail", _ => throw new InvalidOperationException("secret connection string"))
            .AddResolver("Query", "refuse", _ => throw new GraphQLError(
                "Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
            .AddResolver("Mutation", "setHello", context => context.Arguments["value"])
            .AddSubscriber("Subscription", "counter", context => ValueTask.FromResult(Count((int)context.Arguments["to"]!)));
        configure?.Invoke(graphQL);
        var app = builder.Build();
        var host = new TestServerHost(app);
        app.Services.GetRequiredService<Platform.GraphQL.Types.Schema>().QueryType!.Fields["wait"].Resolver = host.WaitAsync;
        beforeMap?.Invoke(app);
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        host.Client = app.GetTestClient();
        return host;
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, string? accept = null, object? variables = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables }), accept);

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string> FirstErrorCodeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    private async Task<object?> WaitAsync(IResolveFieldContext context)
    {
        WaitStarted.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            WaitCancelled.TrySetResult();
            throw;
        }

        return null;
    }

    private static async IAsyncEnumerable<object?> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["counter"] = i };
        }
    }
}
