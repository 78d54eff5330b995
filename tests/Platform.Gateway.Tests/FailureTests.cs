using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL;

namespace Platform.Gateway.Tests;

public sealed class FailureTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Module_errors_are_reported_at_the_clients_paths()
    {
        var response = await shop.Gateway.QueryAsync("{ top: topProducts { reviews { id note: moderationNote } } }");

        var flagged = ShopSubgraphs.Reviews.First(r => r.Id == "r2");
        var productIndex = Array.FindIndex(ShopSubgraphs.Products, p => p.Upc == flagged.Upc);
        var reviewIndex = ShopSubgraphs.Reviews.Where(r => r.Upc == flagged.Upc).ToList().FindIndex(r => r.Id == flagged.Id);
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Equal($"top.{productIndex}.reviews.{reviewIndex}.note", JsonAssert.PathOf(error));
        Assert.Equal("Review r2 is under moderation.", error.GetProperty("message").GetString());
        Assert.Equal("reviews", error.GetProperty("extensions").GetProperty("serviceName").GetString());
        var reviews = response.GetProperty("data").GetProperty("top")[productIndex].GetProperty("reviews");
        Assert.Equal(JsonValueKind.Null, reviews[reviewIndex].GetProperty("note").ValueKind);
        Assert.All(reviews.EnumerateArray().Where((_, i) => i != reviewIndex), r => Assert.Equal("approved", r.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task A_module_error_on_a_non_null_field_nulls_up_to_the_nearest_nullable_field_of_the_clients_schema()
    {
        var response = await shop.Gateway.QueryAsync("{ product(upc: \"1\") { name reviews { verifiedBody } } me { name } }");

        var reviewIndex = ShopSubgraphs.Reviews.Where(r => r.Upc == "1").ToList().FindIndex(r => r.Id == "r2");
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("product").ValueKind);
        Assert.Equal(ShopSubgraphs.Users[0].Name, response.GetProperty("data").GetProperty("me").GetProperty("name").GetString());
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Equal($"product.reviews.{reviewIndex}.verifiedBody", JsonAssert.PathOf(error));
        Assert.Equal("Review r2 is not verified.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_module_that_is_down_costs_only_its_fields()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        var inventory = await ShopSubgraphs.InventoryAsync();
        await using var gateway = await TestGateway.StartAsync(products, inventory);
        await inventory.DisposeAsync();

        var response = await gateway.QueryAsync("{ topProducts { name inStock } }");

        var products0 = response.GetProperty("data").GetProperty("topProducts");
        Assert.Equal(ShopSubgraphs.Products.Select(p => p.Name), products0.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(products0.EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("inStock").ValueKind));
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Contains("'inventory'", error.GetProperty("message").GetString());
        Assert.Equal("SUBGRAPH_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_slow_module_is_given_up_after_its_timeout_and_the_rest_arrives()
    {
        using var release = new CancellationTokenSource();
        await using var slow = await TestSubgraph.StartAsync("slow", ShopSubgraphs.Link + "type Query { late: String }", server => server
            .AddResolver("Query", "late", _ => Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => (object?)"too late")));
        await using var accounts = await ShopSubgraphs.AccountsAsync();
        await using var gateway = await TestGateway.StartAsync(new[] { slow, accounts }, new Dictionary<string, string?>
        {
            ["Gateway:Modules:slow:Timeout"] = "00:00:00.200",
        });

        var response = await gateway.QueryAsync("{ me { name } late }");
        release.Cancel();

        Assert.Equal(ShopSubgraphs.Users[0].Name, response.GetProperty("data").GetProperty("me").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("late").ValueKind);
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Contains("'slow'", error.GetProperty("message").GetString());
        Assert.Equal("late", JsonAssert.PathOf(error));
    }

    [Fact]
    public async Task A_module_answering_nonsense_costs_only_its_fields()
    {
        await using var nonsense = await TestSubgraph.StartAsync("nonsense", ShopSubgraphs.Link + "type Query { word: String }", server => server
            .AddResolver("Query", "word", _ => "unused"));
        await using var accounts = await ShopSubgraphs.AccountsAsync();
        await using var gateway = await TestGateway.StartAsync(nonsense, accounts);
        nonsense.AnswerWith = "<html>not graphql</html>";

        var response = await gateway.QueryAsync("{ word me { name } }");

        Assert.Equal(ShopSubgraphs.Users[0].Name, response.GetProperty("data").GetProperty("me").GetProperty("name").GetString());
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Contains("'nonsense'", error.GetProperty("message").GetString());
        Assert.Equal("SUBGRAPH_INVALID_RESPONSE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_entities_answer_of_the_wrong_length_costs_only_that_modules_fields()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var inventory = await ShopSubgraphs.InventoryAsync();
        await using var gateway = await TestGateway.StartAsync(products, inventory);
        inventory.AnswerWith = """{"data":{"_entities":[{"inStock":true}]}}""";

        var response = await gateway.QueryAsync("{ topProducts { name inStock } }");

        var items = response.GetProperty("data").GetProperty("topProducts").EnumerateArray().ToList();
        Assert.Equal(ShopSubgraphs.Products.Select(p => p.Name), items.Select(p => p.GetProperty("name").GetString()));
        Assert.All(items, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("inStock").ValueKind));
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Contains("'inventory'", error.GetProperty("message").GetString());
        Assert.Equal("SUBGRAPH_INVALID_RESPONSE", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_entity_the_module_cannot_load_gets_one_error_at_its_path()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var stock = await StartStockWithoutProduct2Async();
        await using var gateway = await TestGateway.StartAsync(products, stock);

        var response = await gateway.QueryAsync("{ topProducts { name inStock } }");

        var index = Array.FindIndex(ShopSubgraphs.Products, p => p.Upc == "2");
        var items = response.GetProperty("data").GetProperty("topProducts").EnumerateArray().ToList();
        Assert.All(items.Where((_, i) => i != index), p => Assert.True(p.GetProperty("inStock").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, items[index].GetProperty("inStock").ValueKind);
        Assert.Equal(ShopSubgraphs.Products[index].Name, items[index].GetProperty("name").GetString());
        var error = Assert.Single(JsonAssert.Errors(response));
        Assert.Equal($"topProducts.{index}", JsonAssert.PathOf(error));
        Assert.Equal("Product 2 is not stocked here.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_entity_the_module_cannot_load_gets_an_error_at_every_place_it_appears()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var stock = await StartStockWithoutProduct2Async();
        await using var gateway = await TestGateway.StartAsync(products, stock);

        var response = await gateway.QueryAsync("{ a: topProducts { inStock } b: topProducts { name inStock } }");

        var index = Array.FindIndex(ShopSubgraphs.Products, p => p.Upc == "2");
        var errors = JsonAssert.Errors(response);
        Assert.Equal([$"a.{index}", $"b.{index}"], errors.Select(JsonAssert.PathOf).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("Product 2 is not stocked here.", e.GetProperty("message").GetString()));
        foreach (var alias in new[] { "a", "b" })
        {
            var items = response.GetProperty("data").GetProperty(alias).EnumerateArray().ToList();
            Assert.Equal(JsonValueKind.Null, items[index].GetProperty("inStock").ValueKind);
            Assert.All(items.Where((_, i) => i != index), p => Assert.True(p.GetProperty("inStock").GetBoolean()));
        }
    }

    [Fact]
    public async Task Authorization_and_trace_context_reach_every_module()
    {
        shop.Reset();
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        await shop.Gateway.QueryAsync("{ topProducts { inStock } }", headers: new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer token-123",
            ["traceparent"] = $"00-{traceId}-00f067aa0ba902b7-01",
        });

        var calls = shop.Products.Received.Concat(shop.Inventory.Received).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call =>
        {
            Assert.Equal("Bearer token-123", call.Headers["authorization"]);
            Assert.Equal(traceId, call.Headers["traceparent"].Split('-')[1]);
        });
    }

    [Fact]
    public async Task Each_module_call_is_a_span_of_the_callers_trace()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == Platform.GraphQL.Diagnostics.GraphQLDiagnostics.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId.ToHexString() == traceId)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        shop.Reset();

        await shop.Gateway.QueryAsync("{ topProducts { inStock } }", headers: new Dictionary<string, string>
        {
            ["traceparent"] = $"00-{traceId}-00f067aa0ba902b7-01",
        });

        var fetches = spans.Where(s => s.OperationName == Execution.SubgraphClient.FetchActivity).ToList();
        Assert.Equal(["inventory", "products"], fetches.Select(f => (string?)f.GetTagItem(Execution.SubgraphClient.ModuleTag)).Order());
        var calls = shop.Products.Received.Concat(shop.Inventory.Received).ToList();
        Assert.All(calls, call => Assert.Contains(call.Headers["traceparent"].Split('-')[2], fetches.Select(f => f.SpanId.ToHexString())));
    }

    [Fact]
    public async Task An_error_below_an_entity_that_appears_in_two_places_is_reported_at_both()
    {
        await using var products = await ShopSubgraphs.ProductsAsync();
        await using var reviews = await ShopSubgraphs.ReviewsAsync();
        await using var accounts = await TestSubgraph.StartAsync("accounts", ShopSubgraphs.AccountsSdl, server => server
            .AddReferenceResolver("User", (r, _) => (string)r["id"]! == "u2"
                ? throw new GraphQLError("User u2 is private.")
                : ShopSubgraphs.User((string)r["id"]!)));
        await using var gateway = await TestGateway.StartAsync(products, reviews, accounts);

        // a.i and b.i are one product: its reviews (one answer) are merged into both, then each author is fetched; the
        // entity that failed carries the error (as for a root entity, see above).
        var response = await gateway.QueryAsync(
            "{ a: topProducts { reviews { author { name } } } b: topProducts { reviews { author { name } } } }");

        var data = response.GetProperty("data");
        var nullNames = new List<string>();
        foreach (var alias in new[] { "a", "b" })
        {
            var items = data.GetProperty(alias).EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var itemReviews = items[i].GetProperty("reviews").EnumerateArray().ToList();
                for (var j = 0; j < itemReviews.Count; j++)
                {
                    if (itemReviews[j].GetProperty("author").GetProperty("name").ValueKind == JsonValueKind.Null)
                    {
                        nullNames.Add($"{alias}.{i}.reviews.{j}.author");
                    }
                }
            }
        }

        var errorPaths = JsonAssert.Errors(response).Select(JsonAssert.PathOf).ToList();
        Assert.Contains(nullNames, path => path.StartsWith("a.", StringComparison.Ordinal));
        Assert.Contains(nullNames, path => path.StartsWith("b.", StringComparison.Ordinal));
        Assert.Equal(nullNames.Order(StringComparer.Ordinal), errorPaths.Order(StringComparer.Ordinal));
    }

    /// <summary>A module resolving <c>Product.inStock</c> that fails to load product 2.</summary>
    private static Task<TestSubgraph> StartStockWithoutProduct2Async() =>
        TestSubgraph.StartAsync("stock", ShopSubgraphs.Link + """
            type Product @key(fields: "upc") { upc: String! inStock: Boolean }
            """, server => server.AddReferenceResolver("Product", (r, _) => (string)r["upc"]! == "2"
                ? throw new GraphQLError("Product 2 is not stocked here.")
                : new Dictionary<string, object?> { ["upc"] = r["upc"], ["inStock"] = true }));
}
