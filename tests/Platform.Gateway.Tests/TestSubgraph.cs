using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.Gateway.Tests;

/// <summary>What a subgraph received: the document, the variables and the headers of one request.</summary>
internal sealed record ReceivedRequest(string Query, JsonElement Variables, IReadOnlyDictionary<string, string> Headers, long Sequence)
{
    private static long _sequence;

    public static long Next() => Interlocked.Increment(ref _sequence);

    public bool IsEntities => Query.Contains("_entities", StringComparison.Ordinal);

    public int RepresentationCount =>
        Variables.ValueKind == JsonValueKind.Object && Variables.TryGetProperty("representations", out var list) ? list.GetArrayLength() : 0;

    public IReadOnlyList<string> VariableNames =>
        Variables.ValueKind == JsonValueKind.Object ? Variables.EnumerateObject().Select(p => p.Name).ToList() : [];
}

/// <summary>A federation subgraph built with our library, served by Kestrel on 127.0.0.1 at a free port.</summary>
internal sealed class TestSubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private TestSubgraph(string name, WebApplication app)
    {
        Name = name;
        _app = app;
        var address = KestrelAddress.Of(app);
        Url = new Uri(address + "/graphql");
    }

    public string Name { get; }

    public Uri Url { get; }

    /// <summary>Requests other than the gateway's schema reads (<c>_service</c>).</summary>
    public IReadOnlyList<ReceivedRequest> Received => _received.Where(r => !r.Query.Contains("_service", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<ReceivedRequest> EntityCalls => Received.Where(r => r.IsEntities).ToList();

    /// <summary>When set, every GraphQL request is answered with this body (status 200) instead of by the schema.</summary>
    public string? AnswerWith { get; set; }

    public void ClearReceived() => _received.Clear();

    public static async Task<TestSubgraph> StartAsync(string name, string sdl, Action<GraphQLServerBuilder>? configure = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var server = builder.Services.AddGraphQLServer().AddDocumentFromString(sdl).AddFederation();
        configure?.Invoke(server);
        var app = builder.Build();
        TestSubgraph? subgraph = null;
        app.Use(async (context, next) =>
        {
            var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            subgraph!._received.Enqueue(await ReadRequestAsync(context.Request, headers));
            if (subgraph.AnswerWith is { } canned)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(canned);
                return;
            }

            await next(context);
        });
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        subgraph = new TestSubgraph(name, app);
        return subgraph;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A POST's JSON body, or a GET's query string (how some gateways send subscriptions).</summary>
    private static async Task<ReceivedRequest> ReadRequestAsync(HttpRequest request, IReadOnlyDictionary<string, string> headers)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var variables = request.Query["variables"].ToString();
            return new ReceivedRequest(
                request.Query["query"].ToString(),
                variables.Length == 0 ? default : JsonDocument.Parse(variables).RootElement.Clone(),
                headers,
                ReceivedRequest.Next());
        }

        request.EnableBuffering();
        using var body = await JsonDocument.ParseAsync(request.Body);
        request.Body.Position = 0;
        var root = body.RootElement;
        return new ReceivedRequest(
            root.GetProperty("query").GetString()!,
            root.TryGetProperty("variables", out var posted) ? posted.Clone() : default,
            headers,
            ReceivedRequest.Next());
    }
}
