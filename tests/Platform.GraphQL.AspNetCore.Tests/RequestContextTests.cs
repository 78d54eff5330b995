using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using static Platform.GraphQL.AspNetCore.Tests.TestServerHost;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>Each request's DI scope, user and cancellation reach the resolvers.</summary>
public sealed class RequestContextTests
{
    private sealed class RequestCounter
    {
        private int _uses;

        public int Use() => Interlocked.Increment(ref _uses);
    }

    [Fact]
    public async Task Resolvers_share_one_service_scope_per_request()
    {
        await using var host = await StartAsync(graphQL =>
        {
            graphQL.Services.AddScoped<RequestCounter>();
            graphQL.AddDocumentFromString("extend type Query { uses: Int }")
                .AddResolver("Query", "uses", context => context.Services!.GetRequiredService<RequestCounter>().Use());
        });

        using var first = await host.PostQueryAsync("{ a: uses b: uses }");
        using var second = await host.PostQueryAsync("{ a: uses }");

        var firstData = (await JsonAsync(first)).GetProperty("data");
        Assert.Equal(3, firstData.GetProperty("a").GetInt32() + firstData.GetProperty("b").GetInt32());
        Assert.Equal(1, (await JsonAsync(second)).GetProperty("data").GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task The_request_user_reaches_resolvers()
    {
        await using var host = await StartAsync(
            graphQL => graphQL.AddDocumentFromString("extend type Query { me: String }")
                .AddResolver("Query", "me", context => context.User?.Identity?.Name),
            beforeMap: app => app.Use(async (context, next) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "volunteer-7")], "test"));
                await next();
            }));

        using var response = await host.PostQueryAsync("{ me }");

        Assert.Equal("volunteer-7", (await JsonAsync(response)).GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_resolvers()
    {
        await using var host = await StartAsync();
        using var cancel = new CancellationTokenSource();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ wait }"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var pending = host.Client.SendAsync(request, cancel.Token);
        await host.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await host.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
