using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests;

public sealed class RegistryTests
{
    [Fact]
    public async Task Modules_join_and_leave_through_the_registration_endpoint()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var accounts = await ShopSubgraphs.AccountsAsync();
        await using var reviews = await ShopSubgraphs.ReviewsAsync();
        await using var gateway = await TestGateway.StartAsync(products, accounts);
        const string query = "{ topProducts(first: 1) { name reviews { body } } }";
        Assert.Contains("reviews", JsonAssert.Errors(await gateway.QueryAsync(query))[0].GetProperty("message").GetString());

        var (joined, joinBody) = await gateway.ChangeModuleAsync(HttpMethod.Put, "reviews", reviews.Url);

        Assert.True(joined == 200, joinBody.ToString());
        Assert.Equal(["accounts", "products", "reviews"], joinBody.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("name").GetString()).Order());
        var withReviews = JsonAssert.Data(await gateway.QueryAsync(query));
        Assert.Equal(
            ShopSubgraphs.Reviews.Where(r => r.Upc == ShopSubgraphs.Products[0].Upc).Select(r => r.Body),
            withReviews.GetProperty("topProducts")[0].GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("body").GetString()));

        var (left, _) = await gateway.ChangeModuleAsync(HttpMethod.Delete, "reviews", null);

        Assert.Equal(200, left);
        Assert.Contains("reviews", JsonAssert.Errors(await gateway.QueryAsync(query))[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_registration_that_does_not_compose_is_refused_and_the_old_graph_keeps_serving()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var conflicting = await TestSubgraph.StartAsync("conflicting", ShopSubgraphs.Link + """
            type Product @key(fields: "upc") { upc: Int! rating: Int }
            """, server => server.AddReferenceResolver("Product", (r, _) => r));
        await using var gateway = await TestGateway.StartAsync(products);

        var (status, body) = await gateway.ChangeModuleAsync(HttpMethod.Post, "conflicting", conflicting.Url);

        Assert.Equal(400, status);
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
        var still = JsonAssert.Data(await gateway.QueryAsync("{ topProducts(first: 1) { name } }"));
        Assert.Equal(ShopSubgraphs.Products[0].Name, still.GetProperty("topProducts")[0].GetProperty("name").GetString());
        Assert.Empty(conflicting.Received);
    }

    [Fact]
    public async Task Changes_need_the_admin_key_and_a_readable_module()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var gateway = await TestGateway.StartAsync(products);

        Assert.Equal(401, (await gateway.ChangeModuleAsync(HttpMethod.Delete, "products", null, adminKey: "wrong")).Status);
        Assert.Equal(401, (await gateway.ChangeModuleAsync(HttpMethod.Put, "x", products.Url, adminKey: null)).Status);
        Assert.Equal(404, (await gateway.ChangeModuleAsync(HttpMethod.Delete, "unknown", null)).Status);
        Assert.Equal(400, (await gateway.ChangeModuleAsync(HttpMethod.Put, "bad%20name", products.Url)).Status);
        Assert.Equal(400, (await gateway.ChangeModuleAsync(HttpMethod.Put, "nourl", null)).Status);
        var (unreachable, body) = await gateway.ChangeModuleAsync(HttpMethod.Put, "ghost", new Uri("http://127.0.0.1:1/graphql"));
        Assert.Equal(502, unreachable);
        Assert.Contains("ghost", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(ShopSubgraphs.Products[0].Name,
            JsonAssert.Data(await gateway.QueryAsync("{ product(upc: \"1\") { name } }")).GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_request_in_flight_finishes_on_the_graph_it_started_with()
    {
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var held = await TestSubgraph.StartAsync("held", ShopSubgraphs.Link + "type Query { held: String }", server => server
            .AddResolver("Query", "held", _ =>
            {
                entered.TrySetResult();
                return release.Task.ContinueWith(_ => (object?)"answered");
            }));
        await using var gateway = await TestGateway.StartAsync(products, held);

        var inFlight = gateway.QueryAsync("{ held topProducts(first: 1) { name } }");
        await entered.Task;
        var (left, _) = await gateway.ChangeModuleAsync(HttpMethod.Delete, "held", null);
        release.SetResult();
        var response = await inFlight;

        Assert.Equal(200, left);
        var data = JsonAssert.Data(response);
        Assert.Equal("answered", data.GetProperty("held").GetString());
        Assert.Contains("held", JsonAssert.Errors(await gateway.QueryAsync("{ held }"))[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_configured_module_that_starts_after_the_gateway_joins_when_it_answers()
    {
        var port = FreePort();
        await using var gateway = await TestGateway.StartAsync([], new Dictionary<string, string?>
        {
            ["Gateway:Modules:accounts:Url"] = $"http://127.0.0.1:{port}/graphql",
            ["Gateway:ModuleRetryInterval"] = "00:00:00.050",
        });
        Assert.Equal("NO_SUPERGRAPH", JsonAssert.Errors(await gateway.QueryAsync("{ me { name } }"))[0].GetProperty("extensions").GetProperty("code").GetString());
        var health = gateway.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);

        await using var accounts = await TestSubgraph.StartAsync("accounts", ShopSubgraphs.AccountsSdl, ShopSubgraphs.ConfigureAccounts, port);

        var response = await gateway.QueryAsync("{ me { name } }");
        for (var attempt = 0; attempt < 200 && JsonAssert.Errors(response).Count > 0; attempt++)
        {
            await Task.Delay(50);
            response = await gateway.QueryAsync("{ me { name } }");
        }

        Assert.Equal(ShopSubgraphs.Users[0].Name, JsonAssert.Data(response).GetProperty("me").GetProperty("name").GetString());
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task The_query_plan_is_shown_only_when_enabled_and_asked_for()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var inventory = await ShopSubgraphs.InventoryAsync();
        await using var hidden = await TestGateway.StartAsync(products, inventory);
        await using var shown = await TestGateway.StartAsync(new[] { products, inventory }, new Dictionary<string, string?>
        {
            ["Gateway:ExposeQueryPlans"] = "true",
        });
        const string query = "{ topProducts { inStock } }";

        var plan = (await shown.QueryAsync(query, extensions: new { queryPlan = true })).GetProperty("extensions").GetProperty("queryPlan");

        Assert.Equal(["products", "inventory"], plan.EnumerateArray().Select(f => f.GetProperty("module").GetString()));
        Assert.Equal("topProducts", plan[1].GetProperty("paths")[0].GetString());
        Assert.Contains("_entities", plan[1].GetProperty("document").GetString());
        Assert.False((await shown.QueryAsync(query)).TryGetProperty("extensions", out _));
        Assert.False((await hidden.QueryAsync(query, extensions: new { queryPlan = true })).TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task A_module_redeployed_with_a_new_schema_is_recomposed_by_polling()
    {
        var port = FreePort();
        var first = await TestSubgraph.StartAsync("versions", ShopSubgraphs.Link + "type Query { v1: String }", s => s.AddResolver("Query", "v1", _ => "one"), port);
        await using var gateway = await TestGateway.StartAsync(new[] { first }, new Dictionary<string, string?>
        {
            ["Gateway:SchemaPollInterval"] = "00:00:00.050",
        });
        Assert.Equal("one", JsonAssert.Data(await gateway.QueryAsync("{ v1 }")).GetProperty("v1").GetString());
        await first.DisposeAsync();

        await using var second = await TestSubgraph.StartAsync(
            "versions", ShopSubgraphs.Link + "type Query { v1: String v2: String }", s => s.AddResolver("Query", "v2", _ => "two"), port);

        var response = await gateway.QueryAsync("{ v2 }");
        for (var attempt = 0; attempt < 200 && JsonAssert.Errors(response).Count > 0; attempt++)
        {
            await Task.Delay(50);
            response = await gateway.QueryAsync("{ v2 }");
        }

        Assert.Equal("two", JsonAssert.Data(response).GetProperty("v2").GetString());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
