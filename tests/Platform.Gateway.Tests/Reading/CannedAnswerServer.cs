using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Gateway.Execution;
using Platform.Testing;

namespace Platform.Gateway.Tests.Reading;

/// <summary>
/// A Kestrel server on 127.0.0.1 answering <c>POST /{status}/{mode}</c> with the bytes of the request's body, so a
/// test decides exactly what the module sends (mode <c>sized</c>: with Content-Length; <c>chunked</c>: in three
/// flushed pieces without it), and a <see cref="SubgraphClient"/> configured as the gateway configures it.
/// </summary>
public sealed class CannedAnswerServer : IAsyncLifetime
{
    /// <summary>The gateway's <c>MaxSubgraphResponseBytes</c> in these tests.</summary>
    public const int Limit = 1000;

    private WebApplication? _app;
    private ServiceProvider? _services;

    public SubgraphClient Client => _services!.GetRequiredService<SubgraphClient>();

    /// <summary>Makes the server answer <paramref name="body"/> and reads it as the gateway reads a module's answer.</summary>
    public Task<SubgraphResponse> AnswerAsync(byte[] body, int status = 200, bool chunked = false)
    {
        var url = new Uri($"{KestrelAddress.Of(_app!)}/{status}/{(chunked ? "chunked" : "sized")}");
        return Client.PostAsync("canned", url, Convert.ToBase64String(body), null, ForwardedHeaders.None, CancellationToken.None);
    }

    /// <summary>Makes the server answer <paramref name="body"/> (chunked) and returns the answer as it arrives.</summary>
    public Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var url = new Uri($"{KestrelAddress.Of(_app!)}/200/chunked");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = SubgraphClient.JsonBody(Convert.ToBase64String(body), null) };
        return _services!.GetRequiredService<IHttpClientFactory>().CreateClient(SubgraphClient.HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/{status:int}/{mode}", async (HttpContext context, int status, string mode) =>
        {
            using var request = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body);
            var body = Convert.FromBase64String(request.RootElement.GetProperty("query").GetString()!);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (mode != "chunked")
            {
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
                return;
            }

            foreach (var piece in body.Chunk(Math.Max(1, (body.Length + 2) / 3)))
            {
                await context.Response.Body.WriteAsync(piece);
                await context.Response.Body.FlushAsync();
            }
        });
        await _app.StartAsync();

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:MaxSubgraphResponseBytes"] = Limit.ToString() })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddGateway(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
